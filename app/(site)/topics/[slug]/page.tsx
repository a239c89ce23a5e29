import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TopicArticle } from '@/components/page/topic-article'
import { JsonLd } from '@/components/page/json-ld'
import { getPage, getPages } from '@/lib/content/pages'
import { pageMetadata, pageStructuredData } from '@/lib/seo'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => getPages('en').map((p) => ({ slug: p.slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage('en', (await params).slug)
  return page ? pageMetadata(page) : {}
}

export default async function TopicPage({ params }: Props) {
  const page = getPage('en', (await params).slug)
  if (!page) notFound()
  return (
    <>
      <JsonLd data={pageStructuredData(page)} />
      <TopicArticle page={page} />
    </>
  )
}
