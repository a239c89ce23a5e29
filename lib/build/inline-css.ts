/**
 * Inlines the site stylesheet into each page. A reader arriving from a search on a slow phone
 * then gets a styled first screen from the first response alone, with no second round trip for
 * CSS (lib/build/budget.ts, "first round trip"). The stylesheet is about 2 KB compressed.
 */
import { stylesheetLinks, type Edit, type HtmlDoc } from '../html/document'

/** Next's compiled CSS (from styles/), the only stylesheets we inline. */
export const isBuiltCss = (href: string) => /^\/_next\/static\/[^?#]+\.css$/.test(href)

/** The text of a <style> that holds a CSS file: it must not close the element early. */
export const asInlineCss = (css: string) => css.trim().replace(/<\/style/gi, '<\\/style')

export function inlineCssEdits(doc: HtmlDoc, readCss: (href: string) => string): { edits: Edit[]; inlined: string[] } {
  const links = stylesheetLinks(doc).filter((l) => isBuiltCss(l.attrs.get('href') ?? ''))
  const inlined = links.map((l) => l.attrs.get('href')!)
  return {
    edits: links.map((l, i) => ({
      start: l.start,
      end: l.end,
      text: `<style>${asInlineCss(readCss(inlined[i]!))}</style>`,
    })),
    inlined,
  }
}
