import type { Metadata } from 'next'
import { ReviewIndex } from '@/components/review/review-index'
import { reviewEntries } from '@/lib/review/page-kit'
import { REVIEW_METADATA } from '@/lib/review/metadata'
import '@/styles/review.css'

export const metadata: Metadata = { ...REVIEW_METADATA, title: 'Review kits for health professionals' }

export default function ReviewIndexPage() {
  return <ReviewIndex entries={reviewEntries('en')} />
}
