import type { Metadata } from 'next'
import { SiteDocument } from '@/components/layout/site-document'
import { NotFoundView } from '@/components/views/not-found'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import { messages } from '@/lib/i18n'
import { SITE_NAME } from '@/lib/site'
import '@/styles/tokens.css'
import '@/styles/site.css'
import '@/styles/content.css'

export const metadata: Metadata = { title: `${messages(DEFAULT_LOCALE).notFound.title} | ${SITE_NAME}` }

/**
 * The 404 page for any unknown address (several root layouts need a global one). One static file
 * serves every address, so it speaks the default language first, then every published translation.
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument locale={DEFAULT_LOCALE}>
      <NotFoundView locale={DEFAULT_LOCALE} />
    </SiteDocument>
  )
}
