import { localeOf, localeParams } from '@/components/views/locale-params'
import { SearchView, searchMetadata } from '@/components/views/search'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
export const generateStaticParams = localeParams
export const generateMetadata = async ({ params }: Props) => searchMetadata(localeOf((await params).locale))

export default async function TranslatedSearchPage({ params }: Props) {
  return <SearchView locale={localeOf((await params).locale)} />
}
