import { checkedCopyUrl, isInsecure } from '@/lib/citations/format'
import { fill, messages, t } from '@/lib/i18n'
import { ExternalLink } from './external-link'
import type { SourceRecord } from '@/lib/citations/plan'

/** "Publisher. Kind, country. Published …" for a source, as the pack gives it. */
export function sourceMetaText(
  source: Pick<SourceRecord, 'publisher' | 'kind' | 'country' | 'published'>,
  locale: string,
): string {
  const l = t(locale)
  const kind = l.m.labels.sourceKinds[source.kind as keyof typeof l.m.labels.sourceKinds] ?? source.kind
  return fill(l.m.citations.sourceMeta, {
    publisher: source.publisher,
    kind,
    country: l.region(source.country),
    published: l.published(source.published),
  })
}

/** Same language as the page? Compares the primary tags: a `zh` source is in the reader's language on a `zh-Hans` page. */
export const sameLanguage = (source: string, page: string) => source.split('-')[0] === page.split('-')[0]

export function SourceMeta({ source, locale }: { source: SourceRecord; locale: string }) {
  const l = t(locale)
  return (
    <span className="source-meta">
      {sourceMetaText(source, locale)}
      {/* A reader should know before following a reference that it is in a language they may not read. */}
      {!sameLanguage(source.language, locale) &&
        fill(l.m.citations.inLanguage, { language: l.language(source.language) })}
      {isInsecure(source.url) && messages(locale).citations.insecure}
    </span>
  )
}

/** A small "checked against this copy" link, shown only when readers are sent to the original. */
export function CheckedCopy({
  source,
  newTab = false,
  locale,
}: {
  source: SourceRecord
  newTab?: boolean
  locale: string
}) {
  const copy = checkedCopyUrl(source)
  if (!copy) return null
  return (
    <small className="checked-copy">
      <ExternalLink href={copy} newTab={newTab} locale={locale}>
        {messages(locale).citations.checkedCopy}
      </ExternalLink>{' '}
    </small>
  )
}
