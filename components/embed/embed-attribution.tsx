import type { Page } from 'contentlayer/generated'
import { ExternalLink } from '@/components/citations/external-link'
import { getReviewState } from '@/lib/content/pages'
import { formatDate } from '@/lib/dates'
import { contentVersion } from '@/lib/content/version'
import { getUrgent } from '@/lib/content/pages'
import { absoluteUrl, sitePageUrl } from '@/lib/routes'
import { reviewStatement } from '@/lib/review/status'
import { LICENCE, SITE_NAME } from '@/lib/site'

/**
 * Attribution that no embed option removes (no parameter touches it): who made it, when it was
 * checked, which version, where the original is, the licence and our privacy promise.
 */
export function EmbedAttribution({ page }: { page: Page }) {
  return (
    <footer className="embed-attribution">
      <p>
        From {SITE_NAME}. Last reviewed: {formatDate(page.lastReviewed)}. Content version: {contentVersion(page, getUrgent(page.locale))}.{' '}
        {reviewStatement(getReviewState(page))}
      </p>
      <p>
        <ExternalLink href={absoluteUrl(page.url)} newTab className="canonical-link">
          Read “{page.title}” on {SITE_NAME}
        </ExternalLink>
        {' · '}
        Licence:{' '}
        <ExternalLink href={LICENCE.url} newTab>
          {LICENCE.name}
        </ExternalLink>
        {' · '}
        <ExternalLink href={`${absoluteUrl(sitePageUrl('en', 'about'))}#privacy`} newTab>
          Privacy: no cookies, no tracking
        </ExternalLink>
      </p>
    </footer>
  )
}
