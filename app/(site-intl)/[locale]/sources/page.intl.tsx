import { localeOf, localeParams } from '@/components/views/locale-params'
import { SourcesView, sourcesMetadata } from '@/components/views/sources'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
export const generateStaticParams = localeParams
export const generateMetadata = async ({ params }: Props) => sourcesMetadata(localeOf((await params).locale))

export default async function TranslatedSourcesPage({ params }: Props) {
  return <SourcesView locale={localeOf((await params).locale)} />
}
