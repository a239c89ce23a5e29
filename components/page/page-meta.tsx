import type { Page } from 'contentlayer/generated'
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/content/taxonomy'
import { formatDate } from '@/lib/dates'
import { describeGrade } from '@/lib/text/readability'

/**
 * Honest status, shown on every page (non-negotiable 4): who checked it, when, when it is due
 * again, and how hard it is to read, in words and as a grade.
 */
export function PageMeta({ page }: { page: Page }) {
  const status = REVIEW_STATUSES[page.reviewStatus as ReviewStatus]
  return (
    <div className="page-meta">
      {page.overdueNotice && (
        <p className="overdue" role="note">
          Overdue for review since {formatDate(page.nextReview)}. {page.overdueNotice}
        </p>
      )}
      <p>
        {status}
        {page.reviewStatus === 'clinical' && page.reviewedBy ? ` Reviewer: ${page.reviewedBy}.` : ''}
      </p>
      <p>
        Last checked: {formatDate(page.lastReviewed)}. Next check due: {formatDate(page.nextReview)}.
      </p>
      <p>
        Reading level: {describeGrade(page.readingGrade)} (grade {page.readingGrade.toFixed(1)}).
      </p>
    </div>
  )
}
