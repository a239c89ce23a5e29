import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { SourceView, sourceMetadata, sourceParams } from '@/components/views/sources'

interface Props {
  params: Promise<{ locale: string; id: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => perLocaleParams(sourceParams)
export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params
  return sourceMetadata(localeOf(locale), id)
}

export default async function TranslatedSourcePage({ params }: Props) {
  const { locale, id } = await params
  return <SourceView locale={localeOf(locale)} id={id} />
}
