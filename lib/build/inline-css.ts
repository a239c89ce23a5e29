/**
 * Inlines the site stylesheet into each page. A reader arriving from a search on a slow phone
 * then gets a styled first screen from the first response alone, with no second round trip for
 * CSS (lib/build/budget.ts, "first round trip"). The stylesheet is about 2 KB compressed.
 */

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/_next\/static\/[^"]+\.css)"[^>]*\/?>/g

export function inlineStylesheets(html: string, readCss: (href: string) => string): { html: string; inlined: string[] } {
  const inlined: string[] = []
  const out = html.replace(STYLESHEET_LINK, (_, href: string) => {
    inlined.push(href)
    return `<style>${readCss(href).replace(/<\/style/gi, '<\\/style')}</style>`
  })
  return { html: out, inlined }
}
