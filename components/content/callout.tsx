import type { ReactNode } from 'react'
import type { CALLOUT_VARIANTS } from '@/lib/mdx/allowed'

export interface CalloutProps {
  /** `emergency`: act now; `warning`: a serious risk; `info`: good to know. @defaultValue 'info' */
  variant?: (typeof CALLOUT_VARIANTS)[number]
  children: ReactNode
}

/** A boxed part of a page. One variant enum, no style flags (docs/architecture.md). */
export function Callout({ variant = 'info', children }: CalloutProps) {
  return <div className={variant === 'info' ? 'panel' : 'panel panel--urgent'}>{children}</div>
}
