import { TopicView, topicMetadata, topicParams } from '@/components/views/topic'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

interface Props {
  params: Promise<{ slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => topicParams(DEFAULT_LOCALE)
export const generateMetadata = async ({ params }: Props) => topicMetadata(DEFAULT_LOCALE, (await params).slug)

export default async function TopicPage({ params }: Props) {
  return <TopicView locale={DEFAULT_LOCALE} slug={(await params).slug} />
}
