/**
 * Every number the content rules hold writers to, with its reason: one file to read or change.
 * The rules that use them: lib/rules/plain-language.ts, lib/rules/urgent.ts, lib/rules/review.ts,
 * lib/rules/structure.ts. docs/content-guide.md explains them to writers.
 */

/**
 * English reading level (non-negotiable 3): a reading age of 9–11 is Flesch–Kincaid grade 8 or
 * lower; urgent pages and the urgent advice are read in a crisis, so grade 6. Sentences of more
 * than 25 words are the main cause of misreading; summaries show in lists and search results.
 */
export const MAX_GRADE = 8
export const MAX_GRADE_URGENT = 6
export const MAX_SENTENCE_WORDS = 25
export const MAX_SUMMARY_WORDS = 30

/** Health pages are checked against their sources at least yearly; helplines change numbers and hours, so the same. */
export const MAX_REVIEW_MONTHS = 12
export const MAX_RESOURCE_CHECK_MONTHS = 12

/** The 60-second card's "Do this" list: three actions can be remembered in a crisis. */
export const QUICK_CARD_ACTIONS = 3

/**
 * Chinese and Korean (docs/content-guide.md, "Chinese and Korean"). Grade formulas are English-only;
 * what predicts difficulty in both languages is sentence length and uncommon words.
 * - Sentence length in characters, spaces not counted. An English sentence of 25 words carries about
 *   as much as 40 Chinese characters or 60 Korean characters (Hangul syllables and punctuation), so
 *   those are the limits; urgent text gets the same cut as English (grade 6 against 8): 30 and 45.
 * - Summaries: 30 English words ≈ 60 Chinese or 90 Korean characters.
 * - Chinese: at most 1% of a page's Han characters outside the 3,755 most common (GB 2312 level 1),
 *   so a rare character is explained or replaced, never left as jargon.
 * - Korean: at most 2% of a page's words of 7 syllables or more; long compounds are where official
 *   and medical jargon lives (e.g. 메스암페타민 becomes 필로폰).
 */
export const MAX_SENTENCE_CHARS = { 'zh-Hans': 40, ko: 60 } as const
export const MAX_SENTENCE_CHARS_URGENT = { 'zh-Hans': 30, ko: 45 } as const
export const MAX_SUMMARY_CHARS = { 'zh-Hans': 60, ko: 90 } as const
export const MAX_UNCOMMON_HAN_SHARE = 0.01
export const LONG_KOREAN_WORD = 7
export const MAX_LONG_KOREAN_WORD_SHARE = 0.02

/**
 * A "What changed" line (lib/rules/changes.ts) is one short sentence read at the foot of a page and in
 * a feed reader: 20 English words, or 40 Chinese or 60 Korean characters (the same word-to-character
 * ratio as summaries); a page shows at most 6 lines, so the history stays short (older lines can go).
 */
export const MAX_CHANGE_WORDS = 20
export const MAX_CHANGE_CHARS = { 'zh-Hans': 40, ko: 60 } as const
export const MAX_CHANGES = 6
