import { countryLabel, formatPublished, isInsecure, kindLabel } from '@/lib/citations/format'
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
