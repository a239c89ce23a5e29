import type { ComponentProps } from 'react'

/** Wide tables scroll inside their own box, so the page still reflows at 320 px (WCAG 1.4.10). */
export function TableWrap(props: ComponentProps<'table'>) {
  return (
    // The wrapper is focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways on small screens)">
      <table {...props} />
    </div>
  )
}
