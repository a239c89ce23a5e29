import { localeOf, perLocaleParams } from '@/components/views/locale-params'
import { SitePageView, sitePageMetadata, sitePageSlugs } from '@/components/views/site-page'

interface Props {
  params: Promise<{ locale: string; slug: string }>
}

export const dynamicParams = false
export const generateStaticParams = () => perLocaleParams((l) => sitePageSlugs(l).map((slug) => ({ slug })))
export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params
  return sitePageMetadata(localeOf(locale), slug)
}

export default async function TranslatedSitePage({ params }: Props) {
  const { locale, slug } = await params
  return <SitePageView locale={localeOf(locale)} slug={slug} />
}
