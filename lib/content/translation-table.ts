/**
 * The translation status of every translated page, from the raw files (no build needed): used by
 * `npm run translations:status` and printed by the content check, so a changed English page shows
 * its stale translations in the build output.
 */
import { contentHash } from '../model/content-hash'
import { DEFAULT_LOCALE } from '../model/taxonomy'
import { readContent } from './read-files'

export interface TranslationRow {
  file: string
  locale: string
  from: string | undefined
  englishHash: string | undefined
  state: 'current' | 'stale' | 'no English page'
}

export function translationTable(root: string = process.cwd()): TranslationRow[] {
  const content = readContent(root)
  const docs = [...content.pages, ...content.sitePages]
  const english = new Map(
    docs.filter((d) => d.data.locale === DEFAULT_LOCALE).map((d) => [d.file.replace(`/${DEFAULT_LOCALE}/`, '/'), d]),
  )
  return docs
    .filter((d) => d.data.locale !== DEFAULT_LOCALE)
    .map((d) => {
      const locale = String(d.data.locale)
      const en = english.get(d.file.replace(`/${locale}/`, '/'))
      const from = typeof d.data.translatedFrom === 'string' ? d.data.translatedFrom : undefined
      const englishHash = en && contentHash(en.body)
      const state = !englishHash ? 'no English page' : from === englishHash ? 'current' : 'stale'
      return { file: d.file, locale, from, englishHash, state } as const
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}
