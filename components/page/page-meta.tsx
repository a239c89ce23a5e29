import type { Page } from 'contentlayer/generated'
import { pageReviewStatus } from '@/lib/content/pages'
import { fill, t } from '@/lib/i18n'

/**
 * Honest status, shown on every page (non-negotiable 4): who checked it, when, when it is due
 * again, and how hard it is to read, in words and as a grade.
 */
export function PageMeta({ page }: { page: Page }) {
  const l = t(page.locale)
  const m = l.m.status
  return (
    <div className="page-meta">
      {page.overdueNotice && (
        <p className="overdue" role="note">
          {fill(m.overdue, { date: l.date(page.nextReview) })} {page.overdueNotice}
        </p>
      )}
      <p>
        {l.m.labels.reviewStatus[pageReviewStatus(page)]}
        {page.reviewStatus === 'clinical' && page.reviewedBy ? fill(m.reviewer, { name: page.reviewedBy }) : ''}
      </p>
      <p>{fill(m.checked, { last: l.date(page.lastReviewed), next: l.date(page.nextReview) })}</p>
      <p>
        <ReadingLevel grade={page.readingGrade} locale={page.locale} />
      </p>
    </div>
  )
}

/** "Reading level: Easy to read: … (grade 5.2)." */
export function ReadingLevel({ grade, locale }: { grade: number; locale: string }) {
  const l = t(locale)
  return <>{fill(l.m.status.readingLevel, { level: l.readingLevel(grade), grade: l.grade(grade) })}</>
}
