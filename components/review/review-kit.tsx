import type { Page } from 'contentlayer/generated'
import { t } from '@/lib/i18n'
import { getReaderHash } from '@/lib/content/pages'
import type { ReviewKit } from '@/lib/review/kit'
import { reviewStatement, type ReviewState } from '@/lib/review/status'
import { absoluteUrl, reviewIndexUrl } from '@/lib/routes'
import { ReviewClaim } from './review-claim'
import { ReviewFlagKey } from './review-flag-key'
import { ReviewSignOff } from './review-sign-off'

/**
 * The review kit of one page (/review/<slug>/), made to be printed on A4 or Letter and marked
 * with a pen, or read on screen with the source passages one click away (styles/review.css).
 */
export function ReviewKitView({ page, kit, state }: { page: Page; kit: ReviewKit; state: ReviewState }) {
  return (
    <article className="review-kit">
      <p className="review-kit__back">
        <a href={reviewIndexUrl(page.locale)}>All review kits</a>
      </p>
      <h1>Review kit: {page.title}</h1>
      <p className="lead">
        For a health professional: check each claim on this page against the findings it cites, then mark it.
      </p>
      <ul className="review-facts">
        <li>
          Page: <a href={page.url}>{absoluteUrl(page.url)}</a>
        </li>
        <li>
          Content version: <code>{getReaderHash(page)}</code>. Last checked against its sources by our editors on{' '}
          {t(page.locale).date(page.lastReviewed)}.
        </li>
        <li>
          Claims to check: <span className="review-count">{kit.claimCount}</span>, of which {kit.flaggedCount} flagged.
        </li>
        <li>Review status now: {reviewStatement(state)}</li>
      </ul>
      <section aria-labelledby="review-how">
        <h2 id="review-how">How to review</h2>
        <ol>
          <li>
            Read each claim as the page shows it, and the findings it cites. A finding is our short summary of one
            passage in a source.
          </li>
          <li>
            “Read the passage” opens the source at the anchor words, where your browser supports it. On paper, look for
            the anchor words in the source.
          </li>
          <li>
            Tick one box per claim: Faithful (the findings support it as written), Needs change, or Wrong. Say why in
            the note.
          </li>
          <li>
            Fill in the reviewer box at the end, with the content version printed there, and give the kit to the Plainly
            editors.
          </li>
        </ol>
        <p>Start with flagged claims: they rest on one source that is old, indirect or not a health source.</p>
      </section>
      <ReviewFlagKey />
      {kit.sections.map((s, i) => (
        <section key={`${i}-${s.heading ?? ''}`} className="review-section" aria-labelledby={`review-section-${i}`}>
          <h2 id={`review-section-${i}`}>{s.heading ?? 'Opening of the page'}</h2>
          {s.claims.map((c) => (
            <ReviewClaim key={c.number} claim={c} locale={page.locale} />
          ))}
        </section>
      ))}
      <ReviewSignOff contentHash={getReaderHash(page)} />
    </article>
  )
}
