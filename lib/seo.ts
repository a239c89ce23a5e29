/** Metadata and JSON-LD for pages, built from content and lib/routes (nowhere else). */
import type { Metadata } from 'next'
import type { Page } from 'contentlayer/generated'
import type { MedicalWebPage, WithContext } from 'schema-dts'
import { readerUrl } from './citations/format'
import { alternates } from './content/alternates'
import { citationPlan, getReviewState } from './content/pages'
import { previewMetadata } from './og/tags'
import { absoluteUrl, FEED_TYPES, oembedUrl, pageFeedUrls } from './routes'
import { LICENCE, SITE_NAME, SITE_URL } from './site'

export function pageMetadata(page: Page): Metadata {
  const url = absoluteUrl(page.url)
  // The languages this page is also published in (an untranslated page has none).
  const otherLocales = alternates({ kind: 'topic', slug: page.slug })
    .filter((a) => a.exists && a.locale !== page.locale)
    .map((a) => a.locale)
  return {
    title: page.title,
    description: page.summary,
    alternates: {
      canonical: url,
      types: {
        // The page's "What changed" feeds (lib/feeds/changes-feed.ts), for feed readers.
        ...feedAlternates(page),
        ...(page.embeddable
          ? {
              'application/json+oembed': [
                { url: absoluteUrl(oembedUrl(page.locale, page.slug)), title: `${page.title} – ${SITE_NAME} (oEmbed)` },
              ],
            }
          : {}),
      },
    },
    ...previewMetadata({ ...page, url, otherLocales }),
  }
}

/** Without a title attribute: a reader finds the feed's own title in it, and the bytes count in the first round trip (lib/build/budget.ts). */
const feedAlternates = (page: Page) => ({
  [FEED_TYPES.atom]: absoluteUrl(pageFeedUrls(page.locale, page.slug).atom),
  [FEED_TYPES.json]: absoluteUrl(pageFeedUrls(page.locale, page.slug).json),
})

/**
 * schema.org MedicalWebPage with review dates and every cited source (mirrors NHS field names),
 * typed by schema-dts so a misspelt or mistyped property fails the type check.
 */
export function pageStructuredData(page: Page): WithContext<MedicalWebPage> {
  const review = getReviewState(page)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.summary,
    url: absoluteUrl(page.url),
    inLanguage: page.locale,
    lastReviewed: page.lastReviewed,
    // A reviewer is named only while the text is the one they reviewed (lib/review/status.ts).
    ...(review.state === 'reviewed'
      ? { reviewedBy: { '@type': 'Person', name: review.record.reviewer, jobTitle: review.record.role } }
      : {}),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: SITE_URL },
    license: LICENCE.url,
    isAccessibleForFree: true,
    citation: citationPlan(page).references.map((r) => ({
      '@type': 'CreativeWork',
      name: r.source.title,
      publisher: { '@type': 'Organization', name: r.source.publisher },
      url: readerUrl(r.source),
    })),
  }
}
