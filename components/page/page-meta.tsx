import type { Page } from 'contentlayer/generated'
import { getReviewState } from '@/lib/content/pages'
import { formatDate } from '@/lib/dates'
import { reviewUrl } from '@/lib/routes'
import { describeGrade } from '@/lib/text/readability'
import { ReviewStatus } from './review-status'

/**
 * Honest status, shown on every page (non-negotiable 4): who checked it, when, when it is due
 * again, and how hard it is to read, in words and as a grade.
 */
export function PageMeta({ page }: { page: Page }) {
  return (
    <div className="page-meta">
      {page.overdueNotice && (
        <p className="overdue" role="note">
          Overdue for review since {formatDate(page.nextReview)}. {page.overdueNotice}
        </p>
      )}
      <ReviewStatus state={getReviewState(page)} kitHref={reviewUrl(page.locale, page.slug)} />
      <p>
        Last checked: {formatDate(page.lastReviewed)}. Next check due: {formatDate(page.nextReview)}.
      </p>
      <p>
        Reading level: {describeGrade(page.readingGrade)} (grade {page.readingGrade.toFixed(1)}).
      </p>
    </div>
  )
}
