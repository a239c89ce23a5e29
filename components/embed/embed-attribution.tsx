import type { Page } from 'contentlayer/generated'
import { ExternalLink } from '@/components/citations/external-link'
import { getReviewState, getTranslationState, getUrgent } from '@/lib/content/pages'
import { fill, t } from '@/lib/i18n'
import { contentVersion } from '@/lib/content/version'
import { REVIEW_STATUS_ID, absoluteUrl, sitePageUrl } from '@/lib/routes'
import { reviewStatement } from '@/lib/review/status'
import { LICENCE, SITE_NAME } from '@/lib/site'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

/**
 * Attribution that no embed option removes (no parameter touches it): who made it, when it was
 * checked, which version, where the original is, the licence and our privacy promise.
 */
export function EmbedAttribution({ page }: { page: Page }) {
  const l = t(page.locale)
  const m = l.m.embed
  const translation = getTranslationState(page)
  return (
    <footer className="embed-attribution">
      {translation && (
        // A translation says so in every embed too, with the English original one tap away.
        <p className="translation-notice">
          {l.m.translation.notice}{' '}
          <ExternalLink
            href={absoluteUrl(translation.english.url)}
            newTab
            locale={page.locale}
            hrefLang={DEFAULT_LOCALE}
          >
            {l.m.translation.original}
          </ExternalLink>
          {translation.kind === 'stale' && (
            <strong>
              {' '}
              {translation.changedOn
                ? fill(l.m.translation.stale, { date: l.date(translation.changedOn) })
                : l.m.translation.staleNoDate}
            </strong>
          )}
        </p>
      )}
      <p id={REVIEW_STATUS_ID}>
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
        <ExternalLink
          href={`${absoluteUrl(sitePageUrl(page.locale, 'about'))}#${l.m.chrome.privacyAnchor}`}
          newTab
          locale={page.locale}
        >
          {m.privacy}
        </ExternalLink>
      </p>
    </footer>
  )
}
