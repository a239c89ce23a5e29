/**
 * Plain-language rules. Many readers are frightened, tired, reading on a small phone or in a
 * second language; the site aims at a reading age of 9–11 (non-negotiable 3). Limits:
 * - Flesch–Kincaid grade 8 or lower per page; 6 or lower on urgent pages, read in a crisis.
 * - No sentence longer than 25 words: long sentences are the main cause of misreading.
 * - Summaries of 30 words or fewer: they are read in lists and search results.
 * Grades are measured with maintained libraries (lib/text/readability.ts), for English pages.
 */
import { countsForGrade } from '../content/analyse'
import { sentences } from '../text/readability'
import { MAX_GRADE, MAX_GRADE_URGENT, MAX_SENTENCE_WORDS, MAX_SUMMARY_WORDS } from './limits'
import { isEnglish, readableTexts } from './queries'
import { defineRule, str } from './types'

export const plainLanguageRules = [
  defineRule(
    'plain/grade',
    `Pages must be easy to read: Flesch–Kincaid grade ${MAX_GRADE} or lower, and ${MAX_GRADE_URGENT} or lower for urgent pages read in a crisis.`,
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const a = ctx.analyses.get(doc.file)
        if (!a || !isEnglish(doc.data.locale) || a.stats.words === 0) continue
        const urgent = doc.data.urgency === 'urgent'
        const limit = urgent ? MAX_GRADE_URGENT : MAX_GRADE
        if (a.grade > limit) {
          const hardest = a.readingBlocks
            .filter(countsForGrade)
            .flatMap((b) => sentences(b.text))
            .sort((x, y) => y.words - x.words)[0]
          report({
            file: doc.file,
            message: `reading grade is ${a.grade}; ${urgent ? 'urgent pages' : 'pages'} must be ${limit} or lower`,
            fix: `use shorter sentences and shorter, everyday words (e.g. "meth" not "methamphetamine" after first use)${hardest ? `; the longest sentence is: "${hardest.text.slice(0, 90)}"` : ''}`,
          })
        }
      }
    },
  ),
  defineRule(
    'plain/sentence-length',
    `Sentences of more than ${MAX_SENTENCE_WORDS} words are hard to follow, above all on a phone or in a second language.`,
    (ctx, report) => {
      for (const t of readableTexts(ctx)) {
        if (t.field === 'summary') continue
        for (const s of sentences(t.text)) {
          if (s.words > MAX_SENTENCE_WORDS) {
            report({
              file: t.doc.file,
              field: t.field,
              line: t.line,
              message: `a sentence has ${s.words} words (the limit is ${MAX_SENTENCE_WORDS}): "${s.text.slice(0, 80)}…"`,
              fix: 'split it into two or more sentences',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'plain/summary-length',
    `Summaries show in lists, embeds and search results: ${MAX_SUMMARY_WORDS} words at most.`,
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const summary = str(doc.data.summary)
        if (!summary || !isEnglish(doc.data.locale)) continue
        const words = sentences(summary).reduce((n, s) => n + s.words, 0)
        if (words > MAX_SUMMARY_WORDS)
          report({
            file: doc.file,
            field: 'summary',
            message: `summary has ${words} words (the limit is ${MAX_SUMMARY_WORDS})`,
            fix: 'say what the page helps with in one or two short sentences',
          })
      }
    },
  ),
]
