import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { EmbedScript } from '@/components/embed/embed-script'
import { EmbedStyles } from '@/components/embed/embed-styles'
import { getPage, getUrgent } from '@/lib/content/pages'
import { contentVersion } from '@/lib/content/version'
import { absoluteUrl } from '@/lib/routes'

export const metadata: Metadata = {
  robots: { index: false, follow: true },
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
}
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/**
 * The second root layout, reserved for embeds: no site chrome, inline styles, one inline script.
 * It sits at the slug so <html> can carry the page's language, slug and content version.
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const page = getPage('en', (await params).slug)
  return (
    <html lang={page?.locale ?? 'en'} data-slug={page?.slug} data-rev={page ? contentVersion(page, getUrgent(page.locale)) : undefined} data-canonical={page ? absoluteUrl(page.url) : undefined}>
      <head>
        <EmbedStyles />
      </head>
      <body>
        {children}
        <EmbedScript />
      </body>
    </html>
  )
}
