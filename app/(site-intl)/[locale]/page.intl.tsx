import { HomeView } from '@/components/views/home'
import { localeOf, localeParams } from '@/components/views/locale-params'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
export const generateStaticParams = localeParams

export default async function TranslatedHomePage({ params }: Props) {
  return <HomeView locale={localeOf((await params).locale)} />
}
