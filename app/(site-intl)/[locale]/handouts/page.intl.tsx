import { localeOf, localeParams } from '@/components/views/locale-params'
import { HandoutsIndexView, handoutsMetadata } from '@/components/views/handouts'
import '@/styles/handout.css'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
export const generateStaticParams = localeParams
export const generateMetadata = async ({ params }: Props) => handoutsMetadata(localeOf((await params).locale))

export default async function TranslatedHandoutsPage({ params }: Props) {
  return <HandoutsIndexView locale={localeOf((await params).locale)} />
}
