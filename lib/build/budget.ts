/**
 * The weight budget, for readers on cheap phones, slow networks and paid data.
 *
 * - First round trip ≤ 14 KB compressed: a TCP connection's first flight carries about 14 KB
 *   (10 packets). Everything a reader needs to start reading — head, inlined CSS, header, title,
 *   status and the whole article up to its list of sources — must fit in it, so the page is
 *   readable before a second round trip. The list of sources comes after that point.
 * - Whole page ≤ 32 KB compressed HTML+CSS, sources included.
 * - JavaScript ≤ 15 KB compressed on any site page (content pages ship none: no framework).
 * - Requests ≤ 5 per site page (the page, its icon, at most two small scripts, and the partner
 *   page's live preview frame); content pages make 2.
 * - Embeds ≤ 60 KB compressed and ≤ 5 requests (docs/embedding.md); the resize script ≤ 2 KB.
 */
import { gzipSync } from 'node:zlib'

const KB = 1024
export const BUDGET = {
  firstRoundTrip: 14 * KB,
  pageTotal: 32 * KB,
  pageJs: 15 * KB,
  pageRequests: 5,
  embedTotal: 60 * KB,
  embedRequests: 5,
  resizeScript: 2 * KB,
} as const

/** Where the first round trip ends: the list of sources, which readers reach last. */
export const FIRST_TRIP_END = '<section class="references-section"'
/** On a review kit (/review/<slug>/), the claims, which a reviewer reaches after the instructions. */
export const REVIEW_KIT_TRIP_END = '<section class="review-section"'

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

export interface PageWeight {
  path: string
  kind: 'topic' | 'site' | 'embed'
  htmlGz: number
  cssGz: number
  jsGz: number
  requests: number
  firstTripGz: number
  totalGz: number
}

/** Measures one built page; `readAsset` returns the bytes of a same-site URL path, or undefined. */
export function measurePage(path: string, html: string, readAsset: (url: string) => Buffer | undefined): PageWeight {
  const kind = path.startsWith('/embed/v1/') ? 'embed' : path.startsWith('/topics/') ? 'topic' : 'site'
  const local = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url.split(/[?#]/)[0]! : undefined)
  const urls = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!)
  const css = urls(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  const scripts = urls(/<script\b[^>]*\bsrc="([^"]+)"/g)
  const others = [...urls(/<link\b[^>]*rel="(?:icon|apple-touch-icon)"[^>]*href="([^"]+)"/g), ...urls(/<img\b[^>]*\bsrc="([^"]+)"/g), ...urls(/<iframe\b[^>]*\bsrc="([^"]+)"/g)]
  const size = (list: string[]) => list.reduce((n, u) => n + gz(readAsset(local(u) ?? '') ?? ''), 0)
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, a]) => !/src=|application\/(ld\+)?json/.test(a!)).map(([, , b]) => b!)
  const cssGz = size(css)
  const htmlGz = gz(html)
  const cut = [FIRST_TRIP_END, REVIEW_KIT_TRIP_END].map((m) => html.indexOf(m)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1
  return {
    path,
    kind,
    htmlGz,
    cssGz,
    jsGz: size(scripts) + (inlineJs.length ? gz(inlineJs.join('\n')) : 0),
    requests: 1 + css.length + scripts.length + others.length,
    // External CSS blocks rendering, so it belongs to the first trip; inlined CSS is in the HTML.
    firstTripGz: gz(cut >= 0 ? html.slice(0, cut) : html) + cssGz,
    totalGz: htmlGz + cssGz,
  }
}

/** What is over budget, as readable lines; empty when the page is within budget. */
export function overBudget(w: PageWeight): string[] {
  const out: string[] = []
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`
  if (w.kind === 'embed') {
    if (w.totalGz + w.jsGz > BUDGET.embedTotal) out.push(`embed weighs ${kb(w.totalGz + w.jsGz)} (budget ${kb(BUDGET.embedTotal)})`)
    if (w.requests > BUDGET.embedRequests) out.push(`embed makes ${w.requests} requests (budget ${BUDGET.embedRequests})`)
    return out
  }
  if (w.firstTripGz > BUDGET.firstRoundTrip) out.push(`first round trip is ${kb(w.firstTripGz)} (budget ${kb(BUDGET.firstRoundTrip)})`)
  if (w.totalGz > BUDGET.pageTotal) out.push(`HTML+CSS is ${kb(w.totalGz)} (budget ${kb(BUDGET.pageTotal)})`)
  if (w.jsGz > BUDGET.pageJs) out.push(`JavaScript is ${kb(w.jsGz)} (budget ${kb(BUDGET.pageJs)})`)
  if (w.requests > BUDGET.pageRequests) out.push(`${w.requests} requests (budget ${BUDGET.pageRequests})`)
  return out
}
