import type { Page } from 'contentlayer/generated'
import type { ReviewKit } from '@/lib/review/kit'
import { reviewStatement, type ReviewState } from '@/lib/review/status'
import { reviewUrl } from '@/lib/routes'

export interface ReviewIndexEntry {
  page: Page
  kit: ReviewKit
  state: ReviewState
}

/** Every topic page's review kit (/review/), with how much there is to check. */
export function ReviewIndex({ entries }: { entries: ReviewIndexEntry[] }) {
  return (
    <article className="review-kit">
      <h1>Review kits for health professionals</h1>
      <p className="lead">
        Each kit lists every claim on one page beside the source passages it cites, with a box for your mark. Print it,
        or read it on screen.
      </p>
      <p>
        Flagged claims rest on one source that is old, indirect or not a health source. A page you review says so, with
        your name and role, until its text changes.
      </p>
      <ul className="review-index">
        {entries.map(({ page, kit, state }) => (
          <li key={page._id}>
            <a href={reviewUrl(page.locale, page.slug)}>{page.title}</a>: {kit.claimCount} claims, {kit.flaggedCount}{' '}
            flagged. {reviewStatement(state)}
          </li>
        ))}
      </ul>
    </article>
  )
}
