import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { TopicView, topicMetadata, topicParams } from '@/components/views/topic'

interface Props {
  params: Promise<{ locale: string; slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => perLocaleParams(topicParams)
export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params
  return topicMetadata(localeOf(locale), slug)
}

export default async function TranslatedTopicPage({ params }: Props) {
  const { locale, slug } = await params
  return <TopicView locale={localeOf(locale)} slug={slug} />
}
