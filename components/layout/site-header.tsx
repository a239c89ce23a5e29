import { messages } from '@/lib/i18n'
import { homeUrl, searchUrl, sitePageUrl, sourcesUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'
import { HelpNowLink } from './help-now-link'

/** Site header: name, a short menu, "Get help now" and search. Plain links: it needs no JavaScript. */
export function SiteHeader({ locale }: { locale: string }) {
  const m = messages(locale).chrome
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__name" href={homeUrl(locale)}>
          {SITE_NAME}
        </a>
        <nav className="site-header__nav" aria-label={m.mainNav}>
          <a href={`${homeUrl(locale)}#topics`}>{m.topics}</a>
          <a href={sourcesUrl(locale)}>{m.sources}</a>
          <a href={sitePageUrl(locale, 'about')}>{m.about}</a>
        </nav>
        <HelpNowLink locale={locale} />
        {/* Beside "Get help now" rather than in the menu: a fourth menu item would wrap onto a third
            line on a 360 px phone and push the call box down (tests/e2e/journeys.spec.ts). */}
        <a className="site-header__search" href={searchUrl(locale)}>
          {m.search}
        </a>
      </div>
    </header>
  )
}
