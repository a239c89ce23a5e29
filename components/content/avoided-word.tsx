import type { ReactNode } from 'react'

/**
 * A word shown only as an example of a word we avoid ("We do not say <AvoidedWord>addict</AvoidedWord>").
 * The stigma check skips it, so the stigma page can name the words a parent will recognise.
 */
export function AvoidedWord({ children }: { children: ReactNode }) {
  return <q className="avoided-word">{children}</q>
}
