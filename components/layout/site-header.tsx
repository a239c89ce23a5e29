import { homeUrl, sitePageUrl, sourcesUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'
import { HelpNowLink } from './help-now-link'

/** Site header: name, a short menu and "Get help now". Plain links: it needs no JavaScript. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__name" href={homeUrl()}>
          {SITE_NAME}
        </a>
        <nav className="site-header__nav" aria-label="Main">
          <a href={`${homeUrl()}#topics`}>Topics</a>
          <a href={sourcesUrl()}>Sources</a>
          <a href={sitePageUrl('en', 'about')}>About</a>
        </nav>
        <HelpNowLink />
      </div>
    </header>
  )
}
