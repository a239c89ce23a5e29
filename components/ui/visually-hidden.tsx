import type { ReactNode } from 'react'

/** Text for screen readers only (e.g. "opens in a new tab"). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="vh">{children}</span>
}
