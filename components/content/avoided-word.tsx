import type { ReactNode } from 'react'
import { VisuallyHidden } from '@/components/ui/visually-hidden'

/**
 * A word shown only as an example of a word we avoid ("We do not say <AvoidedWord>addict</AvoidedWord>").
 * The stigma check skips it, so the stigma page can name the words a parent will recognise.
 * It is struck through, and screen readers hear "(a word we avoid)", since most do not announce strike-through.
 */
export function AvoidedWord({ children }: { children: ReactNode }) {
  return (
    <>
      <q className="avoided-word">{children}</q>
      <VisuallyHidden> (a word we avoid)</VisuallyHidden>
    </>
  )
}
