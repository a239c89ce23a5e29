/**
 * Is a translation still a translation of the English page as it is now? A translated page records
 * the content hash of the English text it was translated from (`translatedFrom`); when the English
 * text changes, its hash changes, the translated page says so (components/page/translation-notice.tsx)
 * and `npm run translations:status` lists it. Pure functions: the access layer and the status
 * script feed them.
 */
import { execFileSync } from 'node:child_process'

export interface EnglishTwin {
  /** content/pages/en/<slug>.mdx */
  file: string
  contentHash: string
  url: string
  /** lastReviewed (pages) or updated (site pages). */
  reviewed: string
}

export type TranslationState =
  | { kind: 'current'; english: EnglishTwin }
  | { kind: 'stale'; english: EnglishTwin; from: string; changedOn: string | undefined }

export function translationState(translatedFrom: string, english: EnglishTwin): TranslationState {
  return translatedFrom === english.contentHash
    ? { kind: 'current', english }
    : { kind: 'stale', english, from: translatedFrom, changedOn: lastChanged(english.file) }
}

const changed = new Map<string, string | undefined>()
/**
 * The day a file last changed, from git (YYYY-MM-DD). Undefined without git or history (a tarball
 * build): the page then says the English changed, without a date, rather than guess one.
 */
export function lastChanged(file: string): string | undefined {
  if (!changed.has(file)) {
    let day: string | undefined
    try {
      day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    } catch {
      day = undefined
    }
    changed.set(file, day)
  }
  return changed.get(file)
}
