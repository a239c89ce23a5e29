import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SitePageArticle } from '@/components/page/site-page-article'
import { getSitePage } from '@/lib/content/pages'

const page = getSitePage('en', 'about')

export const metadata: Metadata = page ? { title: page.title, description: page.summary } : {}

export default function AboutPage() {
  if (!page) notFound()
  return <SitePageArticle page={page} />
}
