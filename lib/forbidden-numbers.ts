/**
 * Phone numbers that must never reach a reader. The list is the source pack's own "Do not
 * publish" list (vendor/source-pack/README.md), read when the checks run, so a change to the pack
 * reaches the build by itself; only numbers with their own reason below are added here.
 * A dead, wrong or police line given to someone in crisis is a real harm.
 *
 * A list item that is a number ("1393 (…)") forbids that number everywhere. An item that is a
 * description ("Beijing's old 999 ambulance line (see beijing-health-120-emergency-ja; …)")
 * forbids its number only where the text is about that place, because the same number is right
 * elsewhere (999 is the emergency number in the United Kingdom and Hong Kong): in a resource of
 * the country of the source the item names (CN), or in a sentence that names the place (Beijing).
 */
import { loadPack } from './source-pack/load'
import { doNotPublish, readPackReadme } from './source-pack/readme'
import { asDialled, digitsOf } from './phone'

export interface ForbiddenNumber {
  digits: string
  why: string
  /** Set when the number is forbidden only where the text is about a place. */
  about?: { words: string[]; country?: string }
}

/**
 * Numbers not on the pack's list, each forbidden for its own reason: well-known lines that were
 * named when the project began but that no page in the pack confirms, so they could be typed
 * from memory; no pack Contacts line prints them, so they must not appear in any text we show.
 */
export const EXTRA_FORBIDDEN: ForbiddenNumber[] = [
  '82111',
  '1165',
  '18006686868',
  '18334564566',
  '18009972280',
  '18002221222',
].map((digits) => ({
  digits,
  why: 'a well-known line that no page in the source pack confirms',
}))

/** The pack's "Do not publish" list as numbers (see the comment at the top for items that describe a place). */
export function packForbidden(readme: string, countryOf: (sourceId: string) => string | undefined): ForbiddenNumber[] {
  return doNotPublish(readme).map(({ what, why }) => {
    const dialled = asDialled(what)
    if (/^\+?[\d\s\-–.]+$/.test(dialled)) return { digits: digitsOf(dialled), why }
    const digits = dialled.match(/\d+/g) ?? []
    if (digits.length !== 1)
      throw new Error(`vendor/source-pack/README.md: do-not-publish item "${what}" must name exactly one number`)
    const words = [...what.matchAll(/\b([A-Z][\p{L}]+)(?:'s)?\b/gu)].map((w) => w[1]!)
    const country = why
      .split(/[\s;,]+/)
      .map(countryOf)
      .find(Boolean)
    if (!words.length && !country)
      throw new Error(`vendor/source-pack/README.md: do-not-publish item "${what}" names no place or source`)
    return { digits: digits[0]!, why: `${what}: ${why}`, about: { words, country } }
  })
}

let cached: ForbiddenNumber[] | undefined
/** Every forbidden number: the pack's list, then the extra ones. */
export function forbiddenNumbers(): ForbiddenNumber[] {
  if (!cached) {
    const pack = loadPack()
    cached = [...packForbidden(readPackReadme(), (id) => pack.get(id)?.country), ...EXTRA_FORBIDDEN]
  }
  return cached
}

// Runs of digits with the separators numbers are printed with ("0800 77 66 00", "1899-0893").
const DIGIT_RUN = /\d(?:[\d\s-]*\d)?/g

/** The digit strings a run can be read as: the whole run, and each of its space-separated parts. */
const readings = (run: string) => new Set([digitsOf(run), ...run.split(/\s+/).map(digitsOf)])

const mentions = (text: string, words: string[]) => words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(text))
/**
 * How near the place must be named to a place-bound number: the same sentence and within this
 * many characters, so a page listing Hong Kong's 999 and, further on, a Beijing crisis line is fine.
 */
const NEAR = 60

/** Where the text is: a resource's country makes a place-bound number forbidden in all its text. */
export interface ForbiddenContext {
  country?: string
}

/** The forbidden numbers printed in `text`, in any form (keypad letters, full-width digits, spaces). */
export function findForbidden(
  text: string,
  context: ForbiddenContext = {},
  list: ForbiddenNumber[] = forbiddenNumbers(),
): ForbiddenNumber[] {
  const hits = new Set<ForbiddenNumber>()
  for (const sentence of asDialled(text).split(/(?<=[.!?。！？\n])\s*/)) {
    for (const m of sentence.matchAll(DIGIT_RUN)) {
      const read = readings(m[0])
      for (const f of list) {
        if (!read.has(f.digits)) continue
        const near = () =>
          mentions(sentence.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR), f.about!.words)
        if (!f.about || (context.country && context.country === f.about.country) || near()) hits.add(f)
      }
    }
  }
  return [...hits]
}

/** Replaces forbidden numbers in text we must show as the pack wrote it (its notes). One argument, so it can be passed to map(). */
export const redactForbidden = (text: string): string => redact(text, forbiddenNumbers())

export function redact(text: string, list: ForbiddenNumber[]): string {
  return text
    .split(/(?<=[.!?。！？\n])(?=\s)/)
    .map((sentence) => {
      const hit = findForbidden(sentence, {}, list)
      if (!hit.length) return sentence
      // asDialled keeps positions, so a run found in the dialled text is cut from the original.
      let out = ''
      let at = 0
      for (const m of asDialled(sentence).matchAll(DIGIT_RUN)) {
        if (!hit.some((f) => readings(m[0]).has(f.digits))) continue
        out += `${sentence.slice(at, m.index)}[an out-of-date number, not shown]`
        at = m.index + m[0].length
      }
      return out + sentence.slice(at)
    })
    .join('')
}
