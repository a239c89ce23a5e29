import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { PartnerView, partnerMetadata } from '@/components/views/partner'
import { getEmbeddablePages } from '@/lib/content/pages'

interface Props {
  params: Promise<{ locale: string }>
}

export const dynamicParams = false
// Only locales with an embeddable page get a partner page (the builder needs one to show).
export const generateStaticParams = () => perLocaleParams((l) => (getEmbeddablePages(l).length ? [{}] : []))
export const generateMetadata = async ({ params }: Props) => partnerMetadata(localeOf((await params).locale))

export default async function TranslatedPartnerPage({ params }: Props) {
  return <PartnerView locale={localeOf((await params).locale)} />
}
