import { HandoutView, handoutMetadata, handoutParams } from '@/components/views/handouts'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import '@/styles/handout.css'

interface Props {
  params: Promise<{ id: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => handoutParams(DEFAULT_LOCALE)
export const generateMetadata = async ({ params }: Props) => handoutMetadata(DEFAULT_LOCALE, (await params).id)

export default async function HandoutPage({ params }: Props) {
  return <HandoutView locale={DEFAULT_LOCALE} id={(await params).id} />
}
