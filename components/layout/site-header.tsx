import { messages } from '@/lib/i18n'
import { homeUrl, sitePageUrl, sourcesUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'
import { HelpNowLink } from './help-now-link'

/** Site header: name, a short menu and "Get help now". Plain links: it needs no JavaScript. */
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
      </div>
    </header>
  )
}
