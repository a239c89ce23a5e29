import type { TranslationState } from '@/lib/content/translation-state'
import { fill, t } from '@/lib/i18n'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

/**
 * On every translated page (issue 9, non-negotiable 4): it is a translation, nobody who speaks the
 * language as a health professional has reviewed it, where the English original is and when that
 * was reviewed, and, when the English has changed since, that this translation may be out of date.
 */
export function TranslationNotice({ state, locale }: { state: TranslationState | undefined; locale: string }) {
  if (!state) return null
  const l = t(locale)
  const m = l.m.translation
  return (
    <div
      className={state.kind === 'stale' ? 'translation-notice translation-notice--stale' : 'translation-notice'}
      role="note"
      data-pagefind-ignore
    >
      <p>
        {m.notice}{' '}
        <a href={state.english.url} hrefLang={DEFAULT_LOCALE} lang={DEFAULT_LOCALE}>
          {m.original}
        </a>{' '}
        {fill(m.originalReviewed, { date: l.date(state.english.reviewed) })}
      </p>
      {state.kind === 'stale' && (
        <p className="translation-notice__stale">
          <strong>{state.changedOn ? fill(m.stale, { date: l.date(state.changedOn) }) : m.staleNoDate}</strong>
        </p>
      )}
      <p className="translation-notice__version">
        {fill(m.version, { hash: state.kind === 'stale' ? state.from : state.english.contentHash })}
      </p>
    </div>
  )
}
