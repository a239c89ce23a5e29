/**
 * Phone numbers that must never reach a reader: the pack marks them superseded or unconfirmed
 * (vendor/source-pack/README.md, "Do not publish", and the entries' notes), or they are common
 * numbers no pack page confirms. A dead or wrong line given to someone in crisis is a real harm.
 */
import { digitsOf } from './phone'

export const FORBIDDEN_NUMBERS: { digits: string; why: string }[] = [
  { digits: '0800776600', why: 'old FRANK number on the NTA page; the pack says use 0300 123 6600' },
  { digits: '18990893', why: 'Korean drug-counselling number replaced by 1342 in March 2024' },
  { digits: '82111', why: 'not confirmed by any page in the pack' },
  { digits: '1165', why: 'not confirmed by any page in the pack' },
  { digits: '18006686868', why: 'not confirmed by any page in the pack' },
  { digits: '18334564566', why: 'not confirmed by any page in the pack' },
  { digits: '18009972280', why: 'not confirmed by any page in the pack' },
  { digits: '18002221222', why: 'not confirmed by any page in the pack' },
]

// Runs of digits with the separators numbers are printed with ("0800 77 66 00", "1899-0893").
const DIGIT_RUN = /\d(?:[\d\s\-–−]*\d)?/g

/** The forbidden numbers printed in `text`. */
export function findForbidden(text: string) {
  const runs = new Set((text.match(DIGIT_RUN) ?? []).map(digitsOf))
  return FORBIDDEN_NUMBERS.filter((f) => runs.has(f.digits))
}

/** Replaces forbidden numbers in text we must show as the pack wrote it (its notes). */
export function redactForbidden(text: string): string {
  return text.replace(DIGIT_RUN, (run) => (FORBIDDEN_NUMBERS.some((f) => f.digits === digitsOf(run)) ? '[an out-of-date number, not shown]' : run))
}
