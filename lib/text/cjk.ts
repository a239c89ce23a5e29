/**
 * Plain-language measures for Chinese and Korean, where English grade formulas mean nothing
 * (docs/content-guide.md, "Chinese and Korean"). Lengths are counted in characters without
 * spaces: Chinese has no spaces, and Korean spacing varies between writers.
 */

/** Sentence ends: full stops, question and exclamation marks (full and half width), and semicolons in Chinese. */
const ENDS = { 'zh-Hans': /[。！？!?；;]+|\n+/, ko: /[.!?。]+(?=\s|$)|\n+/ } as const
export type CjkLocale = keyof typeof ENDS

export const isCjkLocale = (locale: unknown): locale is CjkLocale => locale === 'zh-Hans' || locale === 'ko'

/** A sentence's length in characters, spaces not counted. */
export const charLength = (s: string) => [...s.replace(/\s+/g, '')].length

/** The sentences of a text, each with its length. */
export function cjkSentences(text: string, locale: CjkLocale): { text: string; chars: number }[] {
  return text
    .split(ENDS[locale])
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => ({ text: s, chars: charLength(s) }))
}

/**
 * The 3,755 level-1 characters of GB 2312-80 (一级常用汉字), the national standard's list of the most
 * used Chinese characters. They are rows 16–55 of the standard; we read them from the GBK decoder
 * every JavaScript engine ships, so the list is the published one and nothing is copied by hand.
 */
let level1: Set<string> | undefined
export function commonHan(): Set<string> {
  if (level1) return level1
  const gbk = new TextDecoder('gbk')
  level1 = new Set()
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break // row 55 ends at D7F9
      level1.add(gbk.decode(Uint8Array.of(row, cell)))
    }
  }
  return level1
}

const HAN = /\p{Script=Han}/u

/** Han characters of a text, and those outside the common list. */
export function uncommonHan(text: string): { han: number; uncommon: string[] } {
  const han = [...text].filter((c) => HAN.test(c))
  const common = commonHan()
  return { han: han.length, uncommon: han.filter((c) => !common.has(c)) }
}

/** Korean words (runs of Hangul between spaces and punctuation), and those of `min` syllables or more. */
export function longHangulWords(text: string, min: number): { words: number; long: string[] } {
  const words = text.match(/[\uAC00-\uD7A3]+/g) ?? []
  return { words: words.length, long: words.filter((w) => w.length >= min) }
}
