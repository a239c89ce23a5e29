import { FLAG_DEFINITIONS } from '@/lib/review/flags'

/** What each flag means and why it is raised, printed once from the one list of definitions. */
export function ReviewFlagKey() {
  return (
    <section className="review-flag-key" aria-labelledby="review-flag-key">
      <h2 id="review-flag-key">What the flags mean</h2>
      <p>A claim is flagged only when all its citations come from one source, and that source is:</p>
      <dl>
        {Object.entries(FLAG_DEFINITIONS).map(([id, d]) => (
          <div key={id}>
            <dt>{d.label}</dt>
            <dd>{d.why}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
