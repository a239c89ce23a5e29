import type { ReactNode } from 'react'

/**
 * Text that only points the reader somewhere ("See Get help") and states no health fact, so it
 * needs no citation (lib/rules/citations.ts). Reviewers check nothing factual hides in one.
 */
export function Signpost({ children }: { children: ReactNode }) {
  return <div className="signpost">{children}</div>
}
