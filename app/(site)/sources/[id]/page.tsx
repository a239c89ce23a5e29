import { SourceView, sourceMetadata, sourceParams } from '@/components/views/sources'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false
export const generateStaticParams = sourceParams
export const generateMetadata = async ({ params }: Props) => sourceMetadata(DEFAULT_LOCALE, (await params).id)

export default async function SourcePage({ params }: Props) {
  return <SourceView locale={DEFAULT_LOCALE} id={(await params).id} />
}
