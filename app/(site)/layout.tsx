import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteShell } from '@/components/layout/site-shell'
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '@/lib/site'
import '@/styles/site.css'
import '@/styles/content.css'

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s | ${SITE_NAME}` },
  description: 'Plain-language, cited facts about meth and other stimulants: risks, overdose, safer use, treatment and where to get help.',
  // No Referer: other sites never learn which topic a reader was on (also sent as a header).
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' }

/** Root layout of the public site (English). Embeds have their own root layout without this chrome. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  )
}
