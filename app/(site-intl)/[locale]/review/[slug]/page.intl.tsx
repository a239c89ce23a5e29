import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { ReviewKitRouteView, reviewKitMetadata, reviewParams } from '@/components/views/review'
import '@/styles/review.css'

interface Props {
  params: Promise<{ locale: string; slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => perLocaleParams(reviewParams)
export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params
  return reviewKitMetadata(localeOf(locale), slug)
}

export default async function TranslatedReviewKitPage({ params }: Props) {
  const { locale, slug } = await params
  return <ReviewKitRouteView locale={localeOf(locale)} slug={slug} />
}
