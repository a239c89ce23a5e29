/** The checks of the JavaScript-off sweep (tests/e2e/no-js.spec.ts), shared with its canary. */
import type { Page } from '@playwright/test'

const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/

/** Scripts in an HTML document that would run: anything but JSON data blocks (and, on embeds, marked enhancements). */
export function runningScripts(html: string, allowKept: boolean): string[] {
  const tags = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[0])
  const handlers = html.match(/<[^>]+\son[a-z]+=/gi) ?? []
  const jsLinks = html.match(/href="javascript:[^"]*"/gi) ?? []
  return [...tags.filter((t) => !DATA_BLOCK.test(t) && !(allowKept && /\bdata-keep\b/.test(t))), ...handlers, ...jsLinks]
}

/** Text in <main> the reader cannot see (display:none, visibility:hidden): content waiting for a script. */
export function hiddenText(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main: HTMLElement) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const out: string[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      // Not content: code, a select's options (shown by the select), a control only a script can use.
      if (!n.textContent!.trim() || el.closest('script, style, template, option, button[hidden]')) continue
      // Visually hidden text (for screen readers) is rendered; display:none or visibility:hidden is not.
      if (!el.checkVisibility({ visibilityProperty: true })) out.push(n.textContent!.trim().slice(0, 60))
    }
    return out
  })
}

/** Text as React writes it into HTML. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
