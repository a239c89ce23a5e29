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
