import type { ReactNode } from 'react'
import { messages } from '@/lib/i18n'

export interface QuickCardProps {
  children: ReactNode
  /** Level of the card's own heading; embeds shift it down one. @defaultValue 2 */
  level?: 2 | 3
  locale: string
}

/**
 * The 60-second card that opens every substance page: main risks, three things to do, when to
 * call emergency services. Its text is cited like the rest of the page.
 */
export function QuickCard({ children, level = 2, locale }: QuickCardProps) {
  const Heading = `h${level}` as const
  return (
    <section className="panel quick-card" aria-labelledby="quick-card-heading">
      <Heading id="quick-card-heading">{messages(locale).content.quickCard}</Heading>
      {children}
    </section>
  )
}
