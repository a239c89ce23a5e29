/**
 * Filling a catalogue text's {placeholders}. Plain values give a string; values that are React
 * elements (links) go through components/ui/rich.tsx, which uses `parts` below.
 */

const PLACEHOLDER = /\{(\w+)\}/g

/** The names of a text's placeholders, in order: tests compare them across catalogues. */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)

/**
 * Splits a text into literal strings and values, in order. A placeholder with no value is an
 * error: a reader must never see "{count}".
 */
export function parts<T>(text: string, values: Record<string, T>): (string | T)[] {
  const out: (string | T)[] = []
  let last = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!
    if (!(name in values)) throw new Error(`Message "${text}" needs a value for {${name}}`)
    if (m.index > last) out.push(text.slice(last, m.index))
    out.push(values[name]!)
    last = m.index + m[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}

/** A text with its placeholders replaced by strings or numbers. */
export const fill = (text: string, values: Record<string, string | number>): string => parts(text, values).join('')
