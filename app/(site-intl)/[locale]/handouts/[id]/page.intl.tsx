import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { HandoutView, handoutMetadata, handoutParams } from '@/components/views/handouts'
import '@/styles/handout.css'

interface Props {
  params: Promise<{ locale: string; id: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => perLocaleParams(handoutParams)
export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params
  return handoutMetadata(localeOf(locale), id)
}

export default async function TranslatedHandoutPage({ params }: Props) {
  const { locale, id } = await params
  return <HandoutView locale={localeOf(locale)} id={id} />
}
