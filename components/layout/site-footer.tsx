import { homeUrl, sitePageUrl, sourcesUrl } from '@/lib/routes'
import { LICENCE, SITE_NAME } from '@/lib/site'

/** Footer: the promises readers can hold us to, and where to check them. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <ul>
          <li>
            <a href={homeUrl()}>Home</a>
          </li>
          <li>
            <a href={sitePageUrl('en', 'about')}>About and editorial policy</a>
          </li>
          <li>
            <a href={`${sitePageUrl('en', 'about')}#privacy`}>Privacy</a>
          </li>
          <li>
            <a href={sourcesUrl()}>All sources</a>
          </li>
        </ul>
        <p>
          {SITE_NAME} is not a medical service. In an emergency, call your local emergency number. No cookies, no tracking. Text:{' '}
          <a href={LICENCE.url} rel="license noreferrer">
            {LICENCE.name}
          </a>
          .
        </p>
      </div>
    </footer>
  )
}
