import type { ReactNode } from 'react'
import { QuickExit } from './quick-exit'
import { SafetyScript } from './safety-script'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { SkipLink } from './skip-link'

/** The chrome around every site page (not embeds): skip link, quick exit, header, main, footer, and their script. */
export function SiteShell({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <>
      <SkipLink locale={locale} />
      <QuickExit locale={locale} />
      <SiteHeader locale={locale} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
      <SafetyScript />
    </>
  )
}
