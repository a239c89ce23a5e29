import { checkedCopyUrl, countryLabel, formatPublished, isInsecure, kindLabel } from '@/lib/citations/format'
import { ExternalLink } from './external-link'
import type { SourceRecord } from '@/lib/citations/plan'

/** "Publisher. Kind, country. Published …" for a source, as the pack gives it. */
export function SourceMeta({ source }: { source: SourceRecord }) {
  return (
    <span className="source-meta">
      {source.publisher}. {kindLabel(source.kind)}, {countryLabel(source.country)}. Published: {formatPublished(source.published)}.
      {isInsecure(source.url) && ' This source’s address is not a secure (https) link.'}
    </span>
  )
}

/** A small "checked against this copy" link, shown only when readers are sent to the original. */
export function CheckedCopy({ source, newTab = false }: { source: SourceRecord; newTab?: boolean }) {
  const copy = checkedCopyUrl(source)
  if (!copy) return null
  return (
    <small className="checked-copy">
      <ExternalLink href={copy} newTab={newTab}>
        Checked against this copy
      </ExternalLink>{' '}
    </small>
  )
}
