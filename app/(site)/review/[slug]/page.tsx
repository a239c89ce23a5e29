import { ReviewKitRouteView, reviewKitMetadata, reviewParams } from '@/components/views/review'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import '@/styles/review.css'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => reviewParams(DEFAULT_LOCALE)
export const generateMetadata = async ({ params }: Props) => reviewKitMetadata(DEFAULT_LOCALE, (await params).slug)

export default async function ReviewKitPage({ params }: Props) {
  return <ReviewKitRouteView locale={DEFAULT_LOCALE} slug={(await params).slug} />
}
