import { reviewStatement, type ReviewState } from '@/lib/review/status'
import { messages } from '@/lib/i18n'
import { REVIEW_STATUS_ID } from '@/lib/routes'

/**
 * The review-status line of a topic page: who reviewed it, or that nobody has yet, or that the
 * text changed since its review (lib/review/status.ts). It points health professionals to the
 * page's review kit, so the next review is one click away.
 */
export function ReviewStatus({ state, kitHref, locale }: { state: ReviewState; kitHref: string; locale: string }) {
  return (
    <p className="review-status" id={REVIEW_STATUS_ID} data-review-state={state.state}>
      {reviewStatement(state, locale)} <a href={kitHref}>{messages(locale).status.reviewKitLink}</a>
    </p>
  )
}
