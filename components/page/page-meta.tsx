import type { Page } from 'contentlayer/generated'
import { getReviewState, getTranslationState } from '@/lib/content/pages'
import { fill, t } from '@/lib/i18n'
import { isCjkLocale } from '@/lib/text/cjk'
import { reviewUrl } from '@/lib/routes'
import { ReviewStatus } from './review-status'
import { TranslationNotice } from './translation-notice'

/**
 * Honest status, shown on every page (non-negotiable 4): who checked it, when, when it is due
 * again, and how hard it is to read, in words and as a grade.
 */
export function PageMeta({ page }: { page: Page }) {
  const l = t(page.locale)
  const m = l.m.status
  return (
    <div className="page-meta" data-pagefind-ignore>
      <TranslationNotice state={getTranslationState(page)} locale={page.locale} />
      {page.overdueNotice && (
        <p className="overdue" role="note">
          {fill(m.overdue, { date: l.date(page.nextReview) })} {page.overdueNotice}
        </p>
      )}
      <ReviewStatus state={getReviewState(page)} kitHref={reviewUrl(page.locale, page.slug)} locale={page.locale} />
      <p>{fill(m.checked, { last: l.date(page.lastReviewed), next: l.date(page.nextReview) })}</p>
      <p>
        <ReadingLevel grade={page.readingGrade} locale={page.locale} />
      </p>
    </div>
  )
}

/**
 * "Reading level: Easy to read: … (grade 5.2)." English grade formulas mean nothing in Chinese or
 * Korean, so those pages say what was checked instead (lib/rules/plain-language-cjk.ts).
 */
export function ReadingLevel({ grade, locale }: { grade: number; locale: string }) {
  const l = t(locale)
  if (isCjkLocale(locale)) return <>{l.m.status.plainChecked}</>
  return <>{fill(l.m.status.readingLevel, { level: l.readingLevel(grade), grade: l.grade(grade) })}</>
}
