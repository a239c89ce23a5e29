import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ExternalLink } from '@/components/citations/external-link'
import { CheckedCopy, SourceMeta } from '@/components/citations/source-meta'
import { textFragmentUrl } from '@/lib/citations/deep-link'
import { languageLabel, readerUrl } from '@/lib/citations/format'
import { redactForbidden } from '@/lib/forbidden-numbers'
import { citationPlan, getAllSources, getSource, pagesCiting } from '@/lib/content/pages'
import { sourcesUrl } from '@/lib/routes'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => getAllSources().map((s) => ({ id: s.id }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = getSource((await params).id)
  return s ? { title: `Source: ${s.title}`, description: `What Plainly uses from “${s.title}” (${s.publisher}) and where.` } : {}
}

export default async function SourcePage({ params }: Props) {
  const source = getSource((await params).id)
  if (!source) notFound()
  const pages = pagesCiting(source.id)
  return (
    <>
      <p>
        <a href={sourcesUrl()}>All sources</a>
      </p>
      <h1>{source.title}</h1>
      <p>
        <SourceMeta source={source} /> Language: {languageLabel(source.language)}.
      </p>
      <p>
        <ExternalLink href={readerUrl(source)}>Open the source</ExternalLink> <CheckedCopy source={source} />
      </p>
      {source.notes && source.notes.length > 0 && (
        <>
          <h2>Notes on this source</h2>
          <ul>
            {source.notes.map((n) => (
              <li key={n}>{redactForbidden(n)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>What we use from it</h2>
      <ul>
        {source.findings.map((f) => (
          <li key={f.id} id={f.id}>
            {f.id}: {f.paraphrase} <ExternalLink href={textFragmentUrl(readerUrl(source), f.anchor)}>Read the passage</ExternalLink>
          </li>
        ))}
      </ul>
      <h2>Pages that cite it</h2>
      <ul>
        {pages.map((p) => {
          const ref = citationPlan(p).references.find((r) => r.source.id === source.id)
          return (
            <li key={p._id}>
              <a href={`${p.url}#${ref?.targetId ?? ''}`}>{p.title}</a> (source [{ref?.n}] there)
            </li>
          )
        })}
      </ul>
    </>
  )
}
