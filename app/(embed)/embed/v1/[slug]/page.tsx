import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EmbedArticle } from '@/components/embed/embed-article'
import { getEmbeddablePages, getPage } from '@/lib/content/pages'
import { embedTitle } from '@/lib/embed/snippet'
import { absoluteUrl } from '@/lib/routes'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => getEmbeddablePages().filter((p) => p.locale === 'en').map((p) => ({ slug: p.slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage('en', (await params).slug)
  // The <title> equals the iframe's title attribute in the snippet (WCAG technique H64).
  return page ? { title: { absolute: embedTitle(page) }, alternates: { canonical: absoluteUrl(page.url) } } : {}
}

export default async function EmbedPage({ params }: Props) {
  const page = getPage('en', (await params).slug)
  if (!page || !page.embeddable) notFound()
  return <EmbedArticle page={page} />
}
