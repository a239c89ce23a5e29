/**
 * Phone numbers as the pack prints them ("1-800-662-HELP (4357)"), as a writer might type them
 * ("1-800-DRUGS-99", "０８００ ７７ ６６ ００", "1 8 0 0 …") and as a phone dials them. Every check
 * reads numbers through `asDialled`, so a number cannot hide from the pack check by its form.
 */

const KEYPAD: Record<string, string> = {
  A: '2',
  B: '2',
  C: '2',
  D: '3',
  E: '3',
  F: '3',
  G: '4',
  H: '4',
  I: '4',
  J: '5',
  K: '5',
  L: '5',
  M: '6',
  N: '6',
  O: '6',
  P: '7',
  Q: '7',
  R: '7',
  S: '7',
  T: '8',
  U: '8',
  V: '8',
  W: '9',
  X: '9',
  Y: '9',
  Z: '9',
}

export const digitsOf = (s: string) => s.replace(/\D/g, '')

const keypad = (letters: string) => letters.toUpperCase().replace(/[A-Z]/g, (c) => KEYPAD[c] ?? c)

/**
 * Text with every character a reader would dial as a digit turned into one, one character for
 * one character (so positions still point into the original text):
 * - full-width digits ０–９ (and the other Unicode decimal digits) become 0–9;
 * - every hyphen, minus and short dash becomes "-" and every space " " (not the em dash, which
 *   separates things: "1980 — 1995" is two numbers);
 * - keypad words joined to a number become digits: upper-case after "800-" ("1-800-DRUGS-99"),
 *   any case after two hyphenated groups of digits ("1-800-drugs-99"). Lower-case after a single
 *   group is left alone, so "24-hour" and "12-step" stay words.
 */
export function asDialled(text: string): string {
  const plain = [...text]
    .map((ch) => {
      if (/^\p{Nd}$/u.test(ch) && !/^\d$/.test(ch)) return unicodeDigit(ch)
      if (/^[\u2010-\u2013\u2212\uFE63\uFF0D]$/.test(ch)) return '-'
      if (/^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]$/.test(ch)) return ' '
      return ch
    })
    .join('')
  return plain
    .replace(/(?<=\d-\d+-)[A-Za-z]{2,}(?:-[A-Za-z]+)*/g, keypad)
    .replace(/(?<=\d-)[A-Z]{2,}(?:-[A-Z]+)*(?![a-z])/g, keypad)
}

/**
 * The value of a Unicode decimal digit: they come in runs of ten from zero. A digit outside the
 * Basic Multilingual Plane takes two UTF-16 units, so it becomes the digit and a separator.
 */
function unicodeDigit(ch: string): string {
  const code = ch.codePointAt(0)!
  let zero = code
  while (/^\p{Nd}$/u.test(String.fromCodePoint(zero - 1))) zero--
  return String((code - zero) % 10) + (ch.length > 1 ? '-' : '')
}

/** The digits a phone dials for `s`, whatever form it is written in. */
export const dialledDigits = (s: string) => digitsOf(asDialled(s))

/** The digits a label can mean: as printed, and with phone-keypad letters turned into digits. */
export function labelDigits(label: string): string[] {
  const main = label.replace(/\(.*?\)/g, '')
  return [...new Set([dialledDigits(label), dialledDigits(main), digitsOf(keypad(asDialled(main)))].filter(Boolean))]
}

/** A dialable value: digits with optional leading + and hyphens; spaces are not allowed in tel: links. */
export const isDialable = (value: string) => /^\+?\d[\d-]*\d$/.test(value)

export const telHref = (value: string) => `tel:${value}`
export const smsHref = (value: string) => `sms:${value}`

/**
 * Phone-shaped runs in prose, as the writer typed them: at least six digits (after `asDialled`)
 * with separators ("0300 123 6600", "1-800-484-3731", "1.800.662.4357", "(087) 823-8800",
 * "1-800-DRUGS-99", "０３００ １２３ ６６００"); a bracketed number after it ("(4357)") is not part of it. Figures such as 833,598, 1.5 or 600% are not phone-shaped.
 */
export function phoneShaped(text: string): string[] {
  const dialled = asDialled(text)
  const out: string[] = []
  // An area code in brackets may lead ("(087) 823-8800"); then digits joined by spaces, hyphens or dots.
  for (const m of dialled.matchAll(/(?<![\d,.])(?:\(\d{1,5}\) ?)?\+?\d(?:[\d \-]|\.(?=\d))*\d(?![\d,%]|\.\d)/g)) {
    const run = m[0]
    // A dot joins phone groups only when every group is whole ("1.800.662.4357"), never a decimal.
    if (run.includes('.') && !/^\+?\d{1,4}(?:\.\d{2,4}){2,}$/.test(run)) continue
    if (digitsOf(run).length >= 6) out.push(text.slice(m.index, m.index + run.length))
  }
  return out
}
