import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ExternalLink } from '@/components/citations/external-link'
import { CheckedCopy, SourceMeta, sourceMetaText } from '@/components/citations/source-meta'
import { textFragmentUrl } from '@/lib/citations/deep-link'
import { readerUrl } from '@/lib/citations/format'
import { citationPlan, getAllSources, getSource, pagesCiting } from '@/lib/content/pages'
import { redactForbidden } from '@/lib/forbidden-numbers'
import { fill, messages, t } from '@/lib/i18n'
import { sourceUrl, sourcesUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

/**
 * Pages that cite a source: this language's first, then the other languages' (a local-language
 * source may be cited only by the translations), each marked with its language.
 */
const citing = (id: string, locale: Locale) => {
  const all = pagesCiting(id)
  return [...all.filter((p) => p.locale === locale), ...all.filter((p) => p.locale !== locale)]
}

export function sourcesMetadata(locale: Locale): Metadata {
  const m = messages(locale).sources
  return { title: m.title, description: m.description }
}

export function SourcesView({ locale }: { locale: Locale }) {
  const l = t(locale)
  const m = l.m.sources
  const sources = getAllSources()
  return (
    <>
      <LanguageSwitcher where={{ kind: 'sources' }} locale={locale} />
      <h1>{m.title}</h1>
      <p className="lead">{fill(m.lead, { count: l.number(sources.length) })}</p>
      <ul className="topic-list">
        {sources.map((s) => (
          <li key={s.id}>
            <a href={sourceUrl(s.id, locale)}>{s.title}</a>
            <p>
              {sourceMetaText(s, locale)} {fill(m.citedOn, { count: l.number(citing(s.id, locale).length) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}

export const sourceParams = () => getAllSources().map((s) => ({ id: s.id }))

export function sourceMetadata(locale: Locale, id: string): Metadata {
  const s = getSource(id)
  const m = messages(locale).sources
  return s
    ? {
        title: fill(m.pageTitle, { title: s.title }),
        description: fill(m.pageDescription, { site: SITE_NAME, title: s.title, publisher: s.publisher }),
      }
    : {}
}

export function SourceView({ locale, id }: { locale: Locale; id: string }) {
  const source = getSource(id)
  if (!source) notFound()
  const l = t(locale)
  const m = l.m.sources
  return (
    <>
      <LanguageSwitcher where={{ kind: 'source', id }} locale={locale} />
      <p>
        <a href={sourcesUrl(locale)}>{m.title}</a>
      </p>
      <h1>{source.title}</h1>
      <p>
        <SourceMeta source={source} locale={locale} /> {fill(m.language, { language: l.language(source.language) })}
      </p>
      <p>
        <ExternalLink href={readerUrl(source)} locale={locale}>
          {m.open}
        </ExternalLink>{' '}
        <CheckedCopy source={source} locale={locale} />
      </p>
      {source.notes && source.notes.length > 0 && (
        <>
          <h2>{m.notes}</h2>
          <ul>
            {source.notes.map((n) => (
              <li key={n}>{redactForbidden(n)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{m.used}</h2>
      <ul>
        {source.findings.map((f) => (
          <li key={f.id} id={f.id}>
            {f.id}: {f.paraphrase}{' '}
            <ExternalLink href={textFragmentUrl(readerUrl(source), f.anchor)} locale={locale}>
              {l.m.citations.readPassage}
            </ExternalLink>
          </li>
        ))}
      </ul>
      <h2>{m.citingPages}</h2>
      <ul>
        {citing(source.id, locale).map((p) => {
          const ref = citationPlan(p).references.find((r) => r.source.id === source.id)
          return (
            <li key={p._id}>
              <a
                href={`${p.url}#${ref?.targetId ?? ''}`}
                hrefLang={p.locale}
                lang={p.locale === locale ? undefined : p.locale}
              >
                {p.title}
              </a>{' '}
              {p.locale !== locale && `(${l.language(p.locale)}) `}
              {fill(m.citingRef, { n: ref?.n ?? '' })}
            </li>
          )
        })}
      </ul>
    </>
  )
}
