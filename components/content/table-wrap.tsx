import type { ComponentProps } from 'react'

/** Wide tables scroll inside their own box, so the page still reflows at 320 px (WCAG 1.4.10). */
export function TableWrap(props: ComponentProps<'table'>) {
  return (
    // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on small screens)">
      <table {...props} />
    </div>
  )
}
