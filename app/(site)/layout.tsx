import type { ReactNode } from 'react'
import { SiteDocument, siteMetadata, siteViewport } from '@/components/layout/site-document'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import '@/styles/tokens.css'
import '@/styles/site.css'
import '@/styles/content.css'

export const metadata = siteMetadata(DEFAULT_LOCALE)
export const viewport = siteViewport

/**
 * Root layout of the default locale's pages, which have no locale in their address. Translated
 * locales share one root layout, app/(site-intl)/[locale]/layout.intl.tsx; both render SiteDocument.
 * Embeds have their own root layout without this chrome.
 */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale={DEFAULT_LOCALE}>{children}</SiteDocument>
}
