import type { Metadata } from 'next'
import { EmbedArticle } from '@/components/embed/embed-article'
import { embedPage, embedParams } from '@/components/views/embed'
import { embedTitle } from '@/lib/embed/snippet'
import { absoluteUrl } from '@/lib/routes'

interface Props {
  params: Promise<{ path: string[] }>
}

export const dynamicParams = false
export const generateStaticParams = embedParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = embedPage((await params).path)
  // The <title> equals the iframe's title attribute in the snippet (WCAG technique H64).
  return { title: { absolute: embedTitle(page) }, alternates: { canonical: absoluteUrl(page.url) } }
}

export default async function EmbedPage({ params }: Props) {
  return <EmbedArticle page={embedPage((await params).path)} />
}
