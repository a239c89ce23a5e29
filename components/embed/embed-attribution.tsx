import type { Page } from 'contentlayer/generated'
import { ExternalLink } from '@/components/citations/external-link'
import { getReviewState, getUrgent } from '@/lib/content/pages'
import { fill, t } from '@/lib/i18n'
import { contentVersion } from '@/lib/content/version'
import { absoluteUrl, sitePageUrl } from '@/lib/routes'
import { reviewStatement } from '@/lib/review/status'
import { LICENCE, SITE_NAME } from '@/lib/site'

/**
 * Attribution that no embed option removes (no parameter touches it): who made it, when it was
 * checked, which version, where the original is, the licence and our privacy promise.
 */
export function EmbedAttribution({ page }: { page: Page }) {
  const l = t(page.locale)
  const m = l.m.embed
  return (
    <footer className="embed-attribution">
      <p>
        {fill(m.attribution, {
          site: SITE_NAME,
          date: l.date(page.lastReviewed),
          version: contentVersion(page, getUrgent(page.locale)),
        })}{' '}
        {reviewStatement(getReviewState(page), page.locale)}
      </p>
      <p>
        <ExternalLink href={absoluteUrl(page.url)} newTab className="canonical-link" locale={page.locale}>
          {fill(m.readOnSite, { title: page.title, site: SITE_NAME })}
        </ExternalLink>
        {' · '}
        {m.licence}{' '}
        <ExternalLink href={LICENCE.url} newTab locale={page.locale}>
          {LICENCE.name}
        </ExternalLink>
        {' · '}
        <ExternalLink href={`${absoluteUrl(sitePageUrl(page.locale, 'about'))}#privacy`} newTab locale={page.locale}>
          {m.privacy}
        </ExternalLink>
      </p>
    </footer>
  )
}
