import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { messages } from '@/lib/i18n'
import { SITE_NAME, SITE_URL } from '@/lib/site'
import { SiteShell } from './site-shell'

/** Metadata every site page inherits, in the page's language. */
export function siteMetadata(locale: string): Metadata {
  const m = messages(locale).site
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${SITE_NAME}: ${m.tagline}`, template: `%s | ${SITE_NAME}` },
    description: m.description,
    // No Referer: other sites never learn which topic a reader was on (also sent as a header).
    referrer: 'no-referrer',
    formatDetection: { telephone: false },
  }
}

export const siteViewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

/**
 * The whole document of a site page in one language: both site root layouts (English, and the
 * one for every translated locale) render this, so they differ only in where the locale comes from.
 */
export function SiteDocument({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <SiteShell locale={locale}>{children}</SiteShell>
      </body>
    </html>
  )
}
