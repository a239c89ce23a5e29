import type { ReactNode } from 'react'

/**
 * The 60-second card that opens every substance page: main risks, three things to do, when to
 * call emergency services. Its text is cited like the rest of the page.
 */
export function QuickCard({ children }: { children: ReactNode }) {
  return (
    <section className="panel quick-card" aria-labelledby="quick-card-heading">
      <h2 id="quick-card-heading">In 60 seconds</h2>
      {children}
    </section>
  )
}
