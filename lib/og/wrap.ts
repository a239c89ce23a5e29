/**
 * Breaks a title into lines that fit a width, without measuring glyphs: SVG has no text wrapping,
 * and rendering once per guess would cost a render per line. Widths are estimates in em,
 * on the wide side, so a line never overflows the card (it may end a little early).
 */

/** Han, Hangul, kana and full-width forms: one em each, and a line may break between any two of them (not Hangul). */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/
/** Chinese and Japanese break between characters; Korean (and English) between words. */
const BREAK_ANYWHERE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/

const charEm = (c: string) => (WIDE.test(c) ? 1 : /[A-Z MW@%&]/.test(c) && c !== ' ' ? 0.72 : c === ' ' ? 0.3 : 0.58)
export const widthEm = (s: string) => [...s].reduce((w, c) => w + charEm(c), 0)

/** Words, spaces, and each Chinese or Japanese character as its own unit. */
const units = (text: string) =>
  text.match(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) ?? []

/**
 * Greedy lines of at most `maxEm` each, at most `maxLines`; what does not fit ends in "…".
 * A word longer than a line is cut between characters.
 */
export function wrapTitle(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim()) lines.push(line.trim())
    line = ''
  }
  const fits = (s: string) => widthEm(s) <= maxEm
  for (const unit of units(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + unit)) line += unit
    else if (/^\s+$/.test(unit)) push()
    else if (fits(unit) && !BREAK_ANYWHERE.test(unit)) {
      push()
      line = unit
    } else
      for (const c of unit) {
        if (!fits(line + c)) push()
        line += c
      }
  }
  push()
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1]!
  while (last && widthEm(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('')
  kept[maxLines - 1] = `${last.trimEnd()}…`
  return kept
}
