import { SitePageView, sitePageMetadata, sitePageSlugs } from '@/components/views/site-page'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

/*
 * Site pages (content/site/en/*.mdx) at /<slug>/. A catch-all of one segment, not [slug]: the
 * translated locales' root sits at the same level as [locale] (app/(site-intl)), and Next allows
 * a dynamic segment beside a catch-all but not two dynamic segments with different names.
 */
interface Props {
  params: Promise<{ page: string[] }>
}

const slugOf = (segments: string[]) => segments.join('/')

export const dynamicParams = false
export const generateStaticParams = () => sitePageSlugs(DEFAULT_LOCALE).map((slug) => ({ page: [slug] }))
export const generateMetadata = async ({ params }: Props) =>
  sitePageMetadata(DEFAULT_LOCALE, slugOf((await params).page))

export default async function SitePage({ params }: Props) {
  return <SitePageView locale={DEFAULT_LOCALE} slug={slugOf((await params).page)} />
}
