import type { ComponentProps } from 'react'
import { messages } from '@/lib/i18n'

/**
 * Wide tables scroll inside their own box, so the page still reflows at 320 px (WCAG 1.4.10).
 * The box is a named region, focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function TableWrap({ locale, ...props }: ComponentProps<'table'> & { locale: string }) {
  return (
    <section className="table-wrap" tabIndex={0} aria-label={messages(locale).content.tableLabel}>
      <table {...props} />
    </section>
  )
}
