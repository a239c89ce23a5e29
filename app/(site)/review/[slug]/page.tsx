import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReviewKitView } from '@/components/review/review-kit'
import { getPage, getPages, getReviewState } from '@/lib/content/pages'
import { reviewKitFor } from '@/lib/review/page-kit'
import { REVIEW_METADATA } from '@/lib/review/metadata'
import '@/styles/review.css'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => getPages('en').map((p) => ({ slug: p.slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage('en', (await params).slug)
  return page ? { ...REVIEW_METADATA, title: `Review kit: ${page.title}` } : {}
}

export default async function ReviewKitPage({ params }: Props) {
  const page = getPage('en', (await params).slug)
  if (!page) notFound()
  return <ReviewKitView page={page} kit={reviewKitFor(page)} state={getReviewState(page)} />
}
