/**
 * What a page may say about its health review. A review counts only for the text the reviewer
 * read: the record pins the page's content hash, and once the text changes the page stops
 * saying "Reviewed by …" and says when it changed instead. The page, its embed, its JSON-LD and
 * its open-data JSON all ask this module, so they cannot disagree.
 *
 * How `reviewStatus` relates to a record (enforced by lib/rules/review-records.ts):
 * - `editorial` pages have no record;
 * - `clinical` pages have one, in content/reviews/<locale>/ (one <slug>.yaml per reviewed page);
 * - a record whose hash no longer matches shows the "changed since its review" state: the build
 *   does not fail, because an honest notice is better than blocking an urgent correction.
 */
import { DEFAULT_LOCALE } from '../model/taxonomy'
import { fill, t } from '../i18n'

export interface ReviewRecordData {
  reviewer: string
  role: string
  reviewedOn: string
  scope: string
  contentHash: string
  /** From the record's path: content/reviews/<locale>/ (one <slug>.yaml per reviewed page) */
  locale: string
  slug: string
}

export interface ReviewedPage {
  locale: string
  slug: string
  reviewStatus: string
  contentHash: string
}

export type ReviewState =
  | { state: 'editorial' }
  /** The text is the one the reviewer read. */
  | { state: 'reviewed'; record: ReviewRecordData }
  /** The text changed after the review: the review no longer covers it. */
  | { state: 'changed'; record: ReviewRecordData }

/** The record for a page, if any. */
export const recordFor = <R extends ReviewRecordData>(
  records: readonly R[],
  page: Pick<ReviewedPage, 'locale' | 'slug'>,
): R | undefined => records.find((r) => r.locale === page.locale && r.slug === page.slug)

export function reviewState(page: ReviewedPage, record: ReviewRecordData | undefined): ReviewState {
  // A clinical claim without a record (the build forbids it) or a record on an editorial page
  // falls back to the honest default rather than claiming a review.
  if (page.reviewStatus !== 'clinical' || !record) return { state: 'editorial' }
  return record.contentHash === page.contentHash ? { state: 'reviewed', record } : { state: 'changed', record }
}

/** The sentence the page, the embed and the JSON show, in the page's language. */
export function reviewStatement(s: ReviewState, locale: string = DEFAULT_LOCALE): string {
  const l = t(locale)
  switch (s.state) {
    case 'editorial':
      return l.m.labels.reviewStatus.editorial
    case 'reviewed':
      return fill(l.m.status.reviewedBy, {
        name: s.record.reviewer,
        role: s.record.role,
        date: l.date(s.record.reviewedOn),
      })
    case 'changed':
      return fill(l.m.status.changedSinceReview, { date: l.date(s.record.reviewedOn) })
  }
}

/** The review as open data (lib/open-data/page-json.ts): null when no health professional reviewed the page. */
export function reviewRecordJson(s: ReviewState) {
  if (s.state === 'editorial') return null
  const r = s.record
  return {
    current: s.state === 'reviewed',
    reviewer: r.reviewer,
    role: r.role,
    reviewedOn: r.reviewedOn,
    scope: r.scope,
    contentHash: r.contentHash,
  }
}
