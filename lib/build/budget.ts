/**
 * The weight budget, for readers on cheap phones, slow networks and paid data.
 *
 * - First round trip ≤ 17 KB compressed: a TCP connection's first flight carries about 14 KB
 *   (10 packets); the call box and the start of every article arrive in it, and the rest of the
 *   article up to its list of sources follows in the second flight. Raised from 14 KB on
 *   2026-12-02: the urgent advice written once (every covered place's emergency number, crisis
 *   lines for 11 places) and the local treatment routes made three long pages 14–16 KB. Splitting
 *   the longest pages (the help directory by country) is the way back to 14 KB. Raised again to
 *   19 KB with Chinese and Korean (issue 9): UTF-8 spends 3 bytes on each Chinese or Korean
 *   character, and the translated get-help pages lead with local services before the others.
 *   20 KB with the quick exit (issue 10), which comes before everything else on every page: the
 *   Chinese treatment page, the longest, went from 18.99 to 19.1 KB.
 * - Whole page ≤ 56 KB compressed HTML+CSS, sources included (raised from 32 KB to 48 KB for the
 *   same reason: get-help lists about 50 services, each with its cited source; to 56 KB for the
 *   translated get-help and treatment pages, which add local routes and their sources).
 * - JavaScript ≤ 15 KB compressed on any site page; no framework. A content page loads one script,
 *   public/safety.js (the quick exit and the offline emergency pages), ≤ 2 KB compressed (issue
 *   10): a reader on a slow phone pays for it once, and the page never waits for it (deferred).
 *   The service worker it registers is not a page script, but its size is reported too.
 * - Requests ≤ 6 per site page (the page, its icon, the safety script, at most two more small
 *   scripts, and the partner page's live preview frame); content pages make 3.
 * - Embeds ≤ 60 KB compressed and ≤ 5 requests (docs/embedding.md); the resize script ≤ 2 KB.
 * - Search (only on /search/, only once a reader searches): Pagefind's script, its worker, its
 *   WebAssembly engine and the language's metadata ≤ 100 KB compressed, less than one topic page
 *   and its images would be on a news site; each index chunk a query may fetch ≤ 48 KB (Korean's
 *   many word forms make its largest chunk about 44 KB; English's is about 31 KB).
 */
import { gzipSync } from 'node:zlib'
import { parseHtml, relOf, runnableScripts, stylesheetLinks, type HtmlElement } from '../html/document'
import { routeKind, type RouteKind } from '../routes'

const KB = 1024
export const BUDGET = {
  firstRoundTrip: 20 * KB,
  pageTotal: 56 * KB,
  pageJs: 15 * KB,
  contentJs: 2 * KB,
  pageRequests: 6,
  embedTotal: 60 * KB,
  embedRequests: 5,
  resizeScript: 2 * KB,
  searchEngine: 100 * KB,
  searchChunk: 48 * KB,
} as const

/**
 * Where the first round trip ends (the first element with one of these classes): the list of sources, which
 * readers reach last; on a review kit (/review/<slug>/), the claims, reached after the instructions;
 * a help directory by country, which readers enter through its country list (the call box and the
 * emergency numbers come before it).
 */
export const FIRST_TRIP_END_CLASSES = ['references-section', 'review-section', 'help-directory'] as const

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

/** Budgets differ for embeds (own limits, docs/embedding.md), topic pages and other site pages. */
export type BudgetKind = 'topic' | 'site' | 'embed'
export const budgetKind = (kind: RouteKind): BudgetKind =>
  kind === 'embed' ? 'embed' : kind === 'topic' ? 'topic' : 'site'

export interface PageWeight {
  path: string
  kind: BudgetKind
  htmlGz: number
  cssGz: number
  jsGz: number
  requests: number
  firstTripGz: number
  totalGz: number
}

const local = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url.split(/[?#]/)[0]! : undefined)

/** Measures one built page; `readAsset` returns the bytes of a same-site URL path, or undefined. */
export function measurePage(path: string, html: string, readAsset: (url: string) => Buffer | undefined): PageWeight {
  const doc = parseHtml(html)
  const srcs = (els: HtmlElement[], attr: string) => els.map((e) => e.attrs.get(attr)).filter((u): u is string => !!u)
  const css = srcs(stylesheetLinks(doc), 'href')
  const scripts = runnableScripts(doc)
  const external = srcs(scripts, 'src')
  const others = [
    ...srcs(
      doc.elements.filter((e) => e.tag === 'link' && relOf(e).some((r) => r === 'icon' || r === 'apple-touch-icon')),
      'href',
    ),
    ...srcs(
      doc.elements.filter((e) => e.tag === 'img' || e.tag === 'iframe'),
      'src',
    ),
  ]
  const size = (list: string[]) => list.reduce((n, u) => n + gz(readAsset(local(u) ?? '') ?? ''), 0)
  const inlineJs = scripts.filter((s) => !s.attrs.has('src')).map((s) => s.text)
  const cssGz = size(css)
  const htmlGz = gz(html)
  const cut =
    doc.elements
      .filter((e) =>
        (e.attrs.get('class') ?? '')
          .split(/\s+/)
          .some((c) => (FIRST_TRIP_END_CLASSES as readonly string[]).includes(c)),
      )
      .map((e) => e.start)
      .sort((x, y) => x - y)[0] ?? -1
  return {
    path,
    kind: budgetKind(routeKind(path).kind),
    htmlGz,
    cssGz,
    jsGz: size(external) + (inlineJs.length ? gz(inlineJs.join('\n')) : 0),
    requests: 1 + css.length + external.length + others.length,
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
    if (w.totalGz + w.jsGz > BUDGET.embedTotal)
      out.push(`embed weighs ${kb(w.totalGz + w.jsGz)} (budget ${kb(BUDGET.embedTotal)})`)
    if (w.requests > BUDGET.embedRequests)
      out.push(`embed makes ${w.requests} requests (budget ${BUDGET.embedRequests})`)
    return out
  }
  if (w.firstTripGz > BUDGET.firstRoundTrip)
    out.push(`first round trip is ${kb(w.firstTripGz)} (budget ${kb(BUDGET.firstRoundTrip)})`)
  if (w.totalGz > BUDGET.pageTotal) out.push(`HTML+CSS is ${kb(w.totalGz)} (budget ${kb(BUDGET.pageTotal)})`)
  if (w.jsGz > BUDGET.pageJs) out.push(`JavaScript is ${kb(w.jsGz)} (budget ${kb(BUDGET.pageJs)})`)
  if (w.kind === 'topic' && w.jsGz > BUDGET.contentJs)
    out.push(`a content page's JavaScript is ${kb(w.jsGz)} (budget ${kb(BUDGET.contentJs)})`)
  if (w.requests > BUDGET.pageRequests) out.push(`${w.requests} requests (budget ${BUDGET.pageRequests})`)
  return out
}
