/** The checks of the JavaScript-off sweep (tests/e2e/no-js.spec.ts), shared with its canary. */
import type { Page } from '@playwright/test'
import { ownCode } from '../../lib/build/own-code'
import { routeKind } from '../../lib/routes'

const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/

/**
 * Scripts in an HTML document that would run: anything but JSON data blocks and the project's own
 * enhancements where lib/build/own-code.ts allows them (the embed's child script, the partner
 * page's two script files), plus inline handlers and javascript: links.
 */
export function runningScripts(html: string, path: string): string[] {
  const own = ownCode(process.cwd(), [])
  const kind = routeKind(path).kind
  const allowed = (attrs: string, body: string) => {
    if (DATA_BLOCK.test(attrs)) return true
    const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1]
    if (src) return own.scriptFiles.some((f) => f.src === src && f.kinds.includes(kind))
    return kind === 'embed' && own.inlineScripts.some((x) => x.csp === 'embed' && x.body === body)
  }
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !allowed(m[1] ?? '', m[2] ?? ''))
    .map((m) => `<script${m[1]}>`)
  const handlers = html.match(/<[^>]+\son[a-z]+=/gi) ?? []
  const jsLinks = html.match(/href="javascript:[^"]*"/gi) ?? []
  return [...scripts, ...handlers, ...jsLinks]
}

/** Text in <main> the reader cannot see (display:none, visibility:hidden): content waiting for a script. */
export function hiddenText(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main: HTMLElement) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const out: string[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      // Not content: code, a select's options (shown by the select), a control only a script can use,
      // a block shown on paper only (components/page/print-help-numbers.tsx; tests/e2e/handouts.spec.ts prints it).
      if (!n.textContent!.trim() || el.closest('script, style, template, option, button[hidden], [data-print-only]'))
        continue
      // Visually hidden text (for screen readers) is rendered; display:none or visibility:hidden is not.
      if (!el.checkVisibility({ visibilityProperty: true })) out.push(n.textContent!.trim().slice(0, 60))
    }
    return out
  })
}

/** Text as React writes it into HTML. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
