import type { ReactNode } from 'react'
import { VisuallyHidden } from '@/components/ui/visually-hidden'

export interface ExternalLinkProps {
  href: string
  children: ReactNode
  /** In embeds, links open a new tab so the NGO's page stays put; the new tab is announced. */
  newTab?: boolean
  className?: string
}

/** A link to another site. It never sends a Referer: the topic a reader looks at is nobody's business. */
export function ExternalLink({ href, children, newTab = false, className }: ExternalLinkProps) {
  return (
    <a href={href} className={className} rel={newTab ? 'noopener noreferrer' : 'noreferrer'} referrerPolicy="no-referrer" target={newTab ? '_blank' : undefined}>
      {children}
      {newTab && <VisuallyHidden> (opens in a new tab)</VisuallyHidden>}
    </a>
  )
}
