import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { EmbedScript } from '@/components/embed/embed-script'
import { EmbedStyles } from '@/components/embed/embed-styles'
import { embedPage } from '@/components/views/embed'
import { getUrgent } from '@/lib/content/pages'
import { contentVersion } from '@/lib/content/version'
import { absoluteUrl } from '@/lib/routes'

export const metadata: Metadata = {
  robots: { index: false, follow: true },
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
}
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/**
 * The second root layout, reserved for embeds of every locale (/embed/v1/<slug>/ and
 * /embed/v1/<locale>/<slug>/): no site chrome, inline styles, one inline script. It sits at the
 * page's own segments so <html> can carry the page's language, slug and content version.
 */
export default async function EmbedLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ path: string[] }>
}) {
  const page = embedPage((await params).path)
  return (
    <html
      lang={page.locale}
      data-slug={page.slug}
      data-rev={contentVersion(page, getUrgent(page.locale))}
      data-canonical={absoluteUrl(page.url)}
    >
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
