/**
 * sitemap.xml and robots.txt, written by the post-build step from the files it finds in out/, so
 * they list exactly what was built: a page not yet translated has no twin to point to.
 *
 * The sitemap is built with xmlbuilder2, which escapes every value and declares the namespaces.
 * The `sitemap` package was tried first: its only writer is a Node stream that finishes on a later
 * tick, and the post-build step (with every test that runs it) is synchronous by design.
 */
import fs from 'node:fs'
import path from 'node:path'
import { create } from 'xmlbuilder2'
import { DEFAULT_LOCALE, LOCALES } from '../model/taxonomy'
import { absoluteUrl, pathInLocale, ROBOTS_URL, routeKind, SITEMAP_URL, type RouteKind } from '../routes'
import { SITE_URL } from '../site'

/**
 * Pages written for readers. Not: embeds (a copy of a topic page for other sites), review kits
 * (drafts for reviewers), search (a tool whose content is the topic index, listed page by page
 * here), data files, scripts and the 404.
 */
const INDEXABLE: readonly RouteKind[] = ['home', 'topic', 'site-page', 'sources', 'source', 'embed-partner', 'handout']

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'
/** sitemaps.org: at most 50,000 URLs in one file; past that the site needs a sitemap index. */
const MAX_URLS = 50_000

/** The indexable pages among the built files (URL paths such as /topics/a/index.html), as /topics/a/. */
export function indexablePages(built: readonly string[]): string[] {
  const pages = built.filter((u) => u.endsWith('/index.html')).map((u) => u.slice(0, -'index.html'.length))
  return [...new Set(pages)].filter((p) => INDEXABLE.includes(routeKind(p).kind)).sort()
}

/**
 * A page's hreflang alternates: itself and its twins in the other locales that were built, plus
 * x-default on the English one (as the pages' own hreflang links do: lib/content/alternates.ts).
 * None for a page in one language only.
 */
export function alternatesOf(page: string, built: ReadonlySet<string>): [hreflang: string, path: string][] {
  const twins = LOCALES.flatMap((l) => {
    const twin = pathInLocale(page, l)
    return twin && built.has(twin) ? [[l, twin] as [string, string]] : []
  })
  if (twins.length < 2) return []
  const english = twins.find(([l]) => l === DEFAULT_LOCALE)
  return english ? [...twins, ['x-default', english[1]]] : twins
}

/** `lastmod`: page path → the date (YYYY-MM-DD) it last changed; pages without one get none. */
export function sitemapXml(pages: readonly string[], siteUrl: string, lastmod: ReadonlyMap<string, string>): string {
  if (pages.length > MAX_URLS)
    throw new Error(`sitemap: ${pages.length} pages, over the ${MAX_URLS} one sitemap may list; write a sitemap index`)
  const built = new Set(pages)
  const urlset = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SITEMAP_NS, 'urlset')
    .att(XMLNS_NS, 'xmlns:xhtml', XHTML_NS)
  for (const page of pages) {
    const url = urlset.ele('url')
    url.ele('loc').txt(absoluteUrl(page, siteUrl))
    const date = lastmod.get(page)
    if (date) url.ele('lastmod').txt(date)
    for (const [hreflang, href] of alternatesOf(page, built))
      url.ele(XHTML_NS, 'xhtml:link', { rel: 'alternate', hreflang, href: absoluteUrl(href, siteUrl) })
  }
  return urlset.end({ prettyPrint: true })
}

/**
 * robots.txt names the sitemap and blocks nothing. Embeds and review kits stay out of search
 * results by the noindex they send (X-Robots-Tag and a robots meta tag, checked by
 * lib/headers/check.ts), and a crawler only obeys a noindex it may read: a Disallow would keep
 * it from reading, and an embed URL linked from an NGO's iframe could then be listed by its
 * address alone. The sitemap lists neither, so crawlers meet them only through links.
 *
 * Written here rather than by generate-robotstxt, the one maintained generator: it is
 * asynchronous, reads config files and brings six dependencies for four lines whose format has
 * nothing to escape. tests/unit/sitemap.test.ts reads it with robots-parser, as a crawler would.
 */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_URL, siteUrl)}`, ''].join('\n')
}

/** Both files' text, by URL path, from the URL paths of every file in out/. */
export function crawlerFiles(
  built: readonly string[],
  siteUrl: string,
  lastmod: ReadonlyMap<string, string> = new Map(),
): Record<string, string> {
  return { [SITEMAP_URL]: sitemapXml(indexablePages(built), siteUrl, lastmod), [ROBOTS_URL]: robotsTxt(siteUrl) }
}

/**
 * Writes both into out/. A topic page's lastmod is its `lastReviewed` date, the nearest thing
 * content records to "last changed": the day its text was last checked against its sources.
 */
export function writeCrawlerFiles(
  outDir: string,
  built: readonly string[],
  pages: readonly { url: string; lastReviewed: string }[] = [],
): void {
  const lastmod = new Map(pages.map((p) => [p.url, p.lastReviewed]))
  for (const [url, text] of Object.entries(crawlerFiles(built, SITE_URL, lastmod)))
    fs.writeFileSync(path.join(outDir, url), text)
}
