import { ReviewIndexView, reviewIndexMetadata } from '@/components/views/review'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import '@/styles/review.css'

export const metadata = reviewIndexMetadata

export default function ReviewIndexPage() {
  return <ReviewIndexView locale={DEFAULT_LOCALE} />
}
