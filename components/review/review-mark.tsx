import { REVIEW_MARKS } from '@/lib/review/kit'

/**
 * The reviewer's mark for one claim, for pen and paper: empty boxes to tick and a box for a note.
 * Deliberately not a form: the kit sends nothing anywhere and needs no JavaScript.
 */
export function ReviewMark({ claim }: { claim: number }) {
  return (
    <div className="review-mark">
      <p className="review-mark__label">Your mark for claim {claim} (tick one):</p>
      <ul className="review-mark__options">
        {REVIEW_MARKS.map((m) => (
          <li key={m}>
            <span className="review-box" aria-hidden="true" /> {m}
          </li>
        ))}
      </ul>
      <p className="review-mark__label">Note on claim {claim}:</p>
      <div className="review-note" />
    </div>
  )
}
