import type { ReactNode } from 'react'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { SkipLink } from './skip-link'

/** The chrome around every site page (not embeds): skip link, header, main, footer. */
export function SiteShell({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
