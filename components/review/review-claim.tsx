import type { KitClaim } from '@/lib/review/kit'
import { ReviewFinding } from './review-finding'
import { ReviewMark } from './review-mark'

/** One claim block of the page, its flags, the findings it cites and the reviewer's mark: one printed box. */
export function ReviewClaim({ claim, locale }: { claim: KitClaim; locale: string }) {
  const id = `claim-${claim.number}`
  return (
    <section
      className="review-claim"
      aria-labelledby={id}
      data-flags={claim.flags.map((f) => f.id).join(' ') || undefined}
    >
      <h3 id={id}>Claim {claim.number}</h3>
      <blockquote className="review-claim__text">
        <p>{claim.text}</p>
      </blockquote>
      {claim.flags.length > 0 && (
        <ul className="review-flags">
          {claim.flags.map((f) => (
            <li key={f.id} className="review-flag">
              <strong>Flag: {f.label}.</strong> {f.reason}
            </li>
          ))}
        </ul>
      )}
      <p className="review-claim__cites">It cites:</p>
      <ol className="review-findings">
        {claim.findings.map((f) => (
          <ReviewFinding key={`${f.source.id}-${f.findingId}`} finding={f} claim={claim.number} locale={locale} />
        ))}
      </ol>
      <ReviewMark claim={claim.number} />
    </section>
  )
}
