/**
 * Reading-level measures, with maintained libraries rather than a hand-rolled counter:
 * sentences and words from retext-english (nlcst), syllables from `syllable`, and the
 * Flesch–Kincaid grade formula from `flesch-kincaid` (all by the unified collective).
 * The limits themselves live in lib/rules/plain-language.ts with their reasons.
 */
import { fleschKincaid } from 'flesch-kincaid'
import type { Root as NlcstRoot, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { syllable } from 'syllable'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const parser = unified().use(retextEnglish)

export interface SentenceStat {
  text: string
  words: number
}

export interface TextStats {
  sentences: number
  words: number
  syllables: number
}

/** Splits text into sentences and counts their words (numbers count as words). */
export function sentences(text: string): SentenceStat[] {
  const tree = parser.parse(text) as NlcstRoot
  const out: SentenceStat[] = []
  visit(tree, 'SentenceNode', (node: Sentence) => {
    let words = 0
    visit(node, 'WordNode', () => {
      words++
    })
    if (words > 0) out.push({ text: toString(node), words })
  })
  return out
}

export function stats(texts: string[]): TextStats {
  const total: TextStats = { sentences: 0, words: 0, syllables: 0 }
  for (const text of texts) {
    const tree = parser.parse(text) as NlcstRoot
    visit(tree, 'SentenceNode', (node: Sentence) => {
      let words = 0
      visit(node, 'WordNode', (word) => {
        words++
        // Digits ("988", "24/7") are read as numbers; count at least one syllable each.
        total.syllables += Math.max(1, syllable(toString(word)))
      })
      if (words > 0) total.sentences++
      total.words += words
    })
  }
  return total
}

/** Flesch–Kincaid grade level, rounded to one decimal; 0 for empty text. */
export function gradeOf(s: TextStats): number {
  if (s.words === 0 || s.sentences === 0) return 0
  return Math.round(fleschKincaid({ sentence: s.sentences, word: s.words, syllable: s.syllables }) * 10) / 10
}

/**
 * Which plain-words band a grade falls in, and the reader age it names; the words themselves are
 * in the message catalogue (status.veryEasy …, shown by t(locale).readingLevel).
 */
export function gradeBand(grade: number): { band: 'veryEasy' | 'easy' | 'fairlyEasy' | 'harder'; age: number } {
  const age = Math.round(grade) + 5
  if (grade <= 3) return { band: 'veryEasy', age: 8 }
  if (grade <= 6) return { band: 'easy', age: Math.max(age, 9) }
  if (grade <= 8) return { band: 'fairlyEasy', age }
  return { band: 'harder', age: Math.min(age, 18) }
}
