import { localeOf, localeParams } from '@/components/views/locale-params'
import { ReviewIndexView, reviewIndexMetadata } from '@/components/views/review'
import '@/styles/review.css'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
export const generateStaticParams = localeParams
export const metadata = reviewIndexMetadata

export default async function TranslatedReviewIndexPage({ params }: Props) {
  return <ReviewIndexView locale={localeOf((await params).locale)} />
}
