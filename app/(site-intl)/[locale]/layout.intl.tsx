import type { ReactNode } from 'react'
import { SiteDocument, siteMetadata, siteViewport } from '@/components/layout/site-document'
import { localeOf } from '@/components/views/locale-params'
import '@/styles/tokens.css'
import '@/styles/site.css'
import '@/styles/content.css'

/*
 * The one root layout of every translated locale (/zh-hans/…, /ko/…), parameterised by locale:
 * <html lang> and every word of the chrome come from the locale. Files here end in .intl.tsx:
 * next.config.ts builds them only while some translated locale has content, because a static
 * export refuses a dynamic route with no pages.
 */
interface Props {
  children: ReactNode
  params: Promise<{ locale: string }>
}

// No generateStaticParams here: each page lists its own (locale, …) params (components/views/locale-params.ts).
export const dynamicParams = false
export const generateMetadata = async ({ params }: Omit<Props, 'children'>) =>
  siteMetadata(localeOf((await params).locale))
export const viewport = siteViewport

export default async function TranslatedLayout({ children, params }: Props) {
  return <SiteDocument locale={localeOf((await params).locale)}>{children}</SiteDocument>
}
