/**
 * Plain-language rules for Chinese and Korean pages (non-negotiable 3, measured per language).
 * English grade formulas do not apply; the limits and their reasons are in lib/rules/limits.ts and
 * docs/content-guide.md ("Chinese and Korean"). Measures: lib/text/cjk.ts.
 */
import { cjkSentences, charLength, isCjkLocale, longHangulWords, uncommonHan } from '../text/cjk'
import {
  LONG_KOREAN_WORD,
  MAX_LONG_KOREAN_WORD_SHARE,
  MAX_SENTENCE_CHARS,
  MAX_SENTENCE_CHARS_URGENT,
  MAX_SUMMARY_CHARS,
  MAX_UNCOMMON_HAN_SHARE,
} from './limits'
import { isUrgentText, localeOf, readableTexts } from './queries'
import { defineRule, str, type CheckContext } from './types'
import type { RawDoc } from '../content/read-files'

/** Every readable text of each Chinese or Korean page, joined: the unit the word measures are per. */
function pageTexts(ctx: CheckContext, locale: 'zh-Hans' | 'ko') {
  const byDoc = new Map<RawDoc, string[]>()
  for (const t of readableTexts(ctx, true)) {
    if (localeOf(t.doc) !== locale || !t.doc.file.endsWith('.mdx')) continue
    byDoc.set(t.doc, [...(byDoc.get(t.doc) ?? []), t.text])
  }
  return [...byDoc].map(([doc, texts]) => ({ doc, text: texts.join('\n') }))
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`

export const plainLanguageCjkRules = [
  defineRule(
    'plain/cjk-sentence-length',
    `Long sentences are the main cause of misreading in any language: Chinese sentences of at most ${MAX_SENTENCE_CHARS['zh-Hans']} characters and Korean of at most ${MAX_SENTENCE_CHARS.ko} (${MAX_SENTENCE_CHARS_URGENT['zh-Hans']} and ${MAX_SENTENCE_CHARS_URGENT.ko} where read in a crisis), spaces not counted.`,
    (ctx, report) => {
      for (const t of readableTexts(ctx, true)) {
        const locale = localeOf(t.doc)
        if (!isCjkLocale(locale) || t.field === 'summary') continue
        const limit = (isUrgentText(t.doc) ? MAX_SENTENCE_CHARS_URGENT : MAX_SENTENCE_CHARS)[locale]
        const long = cjkSentences(t.text, locale).find((s) => s.chars > limit)
        if (long)
          report({
            file: t.doc.file,
            field: t.field,
            line: t.line,
            message: `a sentence has ${long.chars} characters (the limit is ${limit}): "${long.text.slice(0, 40)}…"`,
            fix: 'split it into two sentences, or say less in it',
          })
      }
    },
  ),
  defineRule(
    'plain/cjk-summary-length',
    `Summaries show in lists, embeds and search results: at most ${MAX_SUMMARY_CHARS['zh-Hans']} Chinese or ${MAX_SUMMARY_CHARS.ko} Korean characters.`,
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const locale = localeOf(doc)
        const summary = str(doc.data.summary)
        if (!summary || !isCjkLocale(locale)) continue
        const chars = charLength(summary)
        if (chars > MAX_SUMMARY_CHARS[locale])
          report({
            file: doc.file,
            field: 'summary',
            message: `summary has ${chars} characters (the limit is ${MAX_SUMMARY_CHARS[locale]})`,
            fix: 'say what the page helps with in one or two short sentences',
          })
      }
    },
  ),
  defineRule(
    'plain/common-characters',
    `Readers with little schooling know the common characters: at most ${pct(MAX_UNCOMMON_HAN_SHARE)} of a Chinese page's characters may lie outside the 3,755 most used (GB 2312 level 1).`,
    (ctx, report) => {
      for (const { doc, text } of pageTexts(ctx, 'zh-Hans')) {
        const { han, uncommon } = uncommonHan(text)
        if (han > 0 && uncommon.length / han > MAX_UNCOMMON_HAN_SHARE)
          report({
            file: doc.file,
            message: `${pct(uncommon.length / han)} of the characters are uncommon (the limit is ${pct(MAX_UNCOMMON_HAN_SHARE)}): ${[...new Set(uncommon)].join(' ')}`,
            fix: 'use an everyday word instead, or explain the word once in brackets and then use the everyday one',
          })
      }
    },
  ),
  defineRule(
    'plain/long-words',
    `Long compound words are where official and medical jargon lives: at most ${pct(MAX_LONG_KOREAN_WORD_SHARE)} of a Korean page's words may have ${LONG_KOREAN_WORD} syllables or more.`,
    (ctx, report) => {
      for (const { doc, text } of pageTexts(ctx, 'ko')) {
        const { words, long } = longHangulWords(text, LONG_KOREAN_WORD)
        if (words > 0 && long.length / words > MAX_LONG_KOREAN_WORD_SHARE)
          report({
            file: doc.file,
            message: `${pct(long.length / words)} of the words have ${LONG_KOREAN_WORD} syllables or more (the limit is ${pct(MAX_LONG_KOREAN_WORD_SHARE)}): ${[...new Set(long)].slice(0, 8).join(', ')}`,
            fix: 'use the everyday word (필로폰, not 메스암페타민), or split the compound with spaces as everyday writing does',
          })
      }
    },
  ),
]
