import type { Metadata } from 'next'
import { countryLabel, formatPublished, kindLabel } from '@/lib/citations/format'
import { getAllSources, pagesCiting } from '@/lib/content/pages'
import { sourceUrl } from '@/lib/routes'

export const metadata: Metadata = { title: 'All sources', description: 'Every source this site cites, from its source pack, with the pages that cite it.' }

export default function SourcesPage() {
  const sources = getAllSources()
  return (
    <>
      <h1>All sources</h1>
      <p className="lead">Every fact on this site comes from one of these {sources.length} sources. Each one shows what we used from it and which pages use it.</p>
      <ul className="topic-list">
        {sources.map((s) => (
          <li key={s.id}>
            <a href={sourceUrl(s.id)}>{s.title}</a>
            <p>
              {s.publisher}. {kindLabel(s.kind)}, {countryLabel(s.country)}. Published: {formatPublished(s.published)}. Cited on {pagesCiting(s.id).length} page(s).
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
