import type { ReactNode } from 'react'
import { messages } from '@/lib/i18n'
import { VisuallyHidden } from '@/components/ui/visually-hidden'

export interface ExternalLinkProps {
  href: string
  children: ReactNode
  /** In embeds, links open a new tab so the NGO's page stays put; the new tab is announced. */
  newTab?: boolean
  className?: string
  /**
   * Where the link should go when the embed is framed by WordPress, whose sandbox blocks new tabs:
   * a page on our own site (the host opens links to the embed's own site). Embeds only.
   */
  wpHref?: string
  /** Language of the page: the "opens in a new tab" notice is in it. */
  locale: string
  /** Language of the page linked to, when it differs (an English original from a translation). */
  hrefLang?: string
}

/** A link to another site. It never sends a Referer: the topic a reader looks at is nobody's business. */
export function ExternalLink({
  href,
  children,
  newTab = false,
  className,
  wpHref,
  locale,
  hrefLang,
}: ExternalLinkProps) {
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      className={className}
      data-wp-href={wpHref}
      rel={newTab ? 'noopener noreferrer' : 'noreferrer'}
      referrerPolicy="no-referrer"
      target={newTab ? '_blank' : undefined}
    >
      {children}
      {newTab && <VisuallyHidden>{messages(locale).chrome.opensNewTab}</VisuallyHidden>}
    </a>
  )
}
