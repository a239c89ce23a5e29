import { fill, messages } from '@/lib/i18n'
import { handoutsUrl, homeUrl, sitePageUrl, sourcesUrl } from '@/lib/routes'
import { LICENCE, SITE_NAME } from '@/lib/site'

/** Footer: the promises readers can hold us to, and where to check them. */
export function SiteFooter({ locale }: { locale: string }) {
  const m = messages(locale).chrome
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <ul>
          <li>
            <a href={homeUrl(locale)}>{m.home}</a>
          </li>
          <li>
            <a href={sitePageUrl(locale, 'about')}>{m.aboutLong}</a>
          </li>
          <li>
            <a href={`${sitePageUrl(locale, 'about')}#${m.privacyAnchor}`}>{m.privacy}</a>
          </li>
          <li>
            <a href={sourcesUrl(locale)}>{m.allSources}</a>
          </li>
          <li>
            <a href={handoutsUrl(locale)}>{messages(locale).handouts.allHandouts}</a>
          </li>
        </ul>
        <p>
          {fill(m.footerNote, { site: SITE_NAME })}{' '}
          <a href={LICENCE.url} rel="license noreferrer">
            {LICENCE.name}
          </a>
          .
        </p>
      </div>
    </footer>
  )
}
