/** Phone numbers as the pack prints them ("1-800-662-HELP (4357)") and as a phone dials them. */

const KEYPAD: Record<string, string> = { A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5', M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9' }

export const digitsOf = (s: string) => s.replace(/\D/g, '')

/** The digits a label can mean: as printed, and with phone-keypad letters turned into digits. */
export function labelDigits(label: string): string[] {
  const main = label.replace(/\(.*?\)/g, '')
  const keypad = main.toUpperCase().replace(/[A-Z]/g, (c) => KEYPAD[c] ?? '')
  return [...new Set([digitsOf(label), digitsOf(main), digitsOf(keypad)].filter(Boolean))]
}

/** A dialable value: digits with optional leading + and hyphens; spaces are not allowed in tel: links. */
export const isDialable = (value: string) => /^\+?\d[\d-]*\d$/.test(value)

export const telHref = (value: string) => `tel:${value}`
export const smsHref = (value: string) => `sms:${value}`

/**
 * Phone-shaped runs of digits in prose: at least six digits with separators ("0300 123 6600",
 * "1-800-484-3731"). Figures such as 833,598 or 600% are not phone-shaped.
 */
export function phoneShaped(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?<![\d,.])\+?\d[\d \-–]{4,}\d(?![\d,%]|\.\d)/g)) {
    if (digitsOf(m[0]).length >= 6) out.push(m[0])
  }
  return out
}
