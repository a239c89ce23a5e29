/**
 * The only place URLs are built. Pages, embeds, JSON-LD, sitemaps, oEmbed and the embed snippet
 * all call these, so a URL scheme change is one edit.
 *
 * Scheme: English (the default locale) has no prefix; other locales live under /<locale>/,
 * lower-cased (/zh-hans/topics/…), so adding a language never moves an English page.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './model/taxonomy'
import { SITE_URL } from './site'

const prefix = (locale: Locale | string) => (locale === DEFAULT_LOCALE ? '' : `/${localeSegment(locale)}`)

/** A translated locale as a URL segment ('zh-Hans' → 'zh-hans'), and back (undefined if it is none). */
export const localeSegment = (locale: Locale | string) => locale.toLowerCase()
export const localeFromSegment = (segment: string): Locale | undefined =>
  LOCALES.find((l) => l !== DEFAULT_LOCALE && localeSegment(l) === segment)

/**
 * The path segments of an embed after /embed/v1/ ([slug], or [locale, slug]) and back: the embed
 * route is one catch-all, so every locale's embeds share one root layout.
 */
export const embedSegments = (locale: Locale | string, slug: string) =>
  locale === DEFAULT_LOCALE ? [slug] : [localeSegment(locale), slug]
export function embedFromSegments(segments: readonly string[]): { locale: Locale; slug: string } | undefined {
  if (segments.length === 1) return { locale: DEFAULT_LOCALE, slug: segments[0]! }
  const locale = segments.length === 2 ? localeFromSegment(segments[0]!) : undefined
  return locale ? { locale, slug: segments[1]! } : undefined
}

export const homeUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/`
export const pageUrl = (locale: Locale | string, slug: string) => `${prefix(locale)}/topics/${slug}/`
/** Site pages (about, privacy) sit at the top level: /about/ */
export const sitePageUrl = (locale: Locale | string, slug: string) => `${prefix(locale)}/${slug}/`
export const sourcesUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/sources/`
export const sourceUrl = (id: string, locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/sources/${id}/`
/** Where every locale's embeds live; they send noindex, and the sitemap leaves them out (lib/build/sitemap.ts). */
export const EMBED_ROOT = '/embed/v1/'
export const embedUrl = (locale: Locale | string, slug: string) =>
  `${EMBED_ROOT}${embedSegments(locale, slug).join('/')}/`
export const oembedUrl = (locale: Locale | string, slug: string) => `/oembed${prefix(locale)}/${slug}.json`
/** A topic page's link-preview image (og:image), drawn by the post-build step (lib/build/og-images.ts). */
export const ogImageUrl = (locale: Locale | string, slug: string) => `/og${prefix(locale)}/${slug}.png`
export const apiPageUrl = (locale: Locale | string, slug: string) => `/api/v1/pages${prefix(locale)}/${slug}.json`
/** Review kits for health professionals: the list, and one per topic page; site headers plus `X-Robots-Tag: noindex` (lib/headers/policy.ts). */
export const reviewIndexUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/review/`
export const reviewUrl = (locale: Locale | string, slug: string) => `${prefix(locale)}/review/${slug}/`
/** Printable one-sheet handouts (A4 and Letter): the list, and one per handout id (lib/content/handouts.ts). */
export const handoutsUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/handouts/`
export const handoutUrl = (locale: Locale | string, id: string) => `${prefix(locale)}/handouts/${id}/`

/** The page every "Get help now" link opens (WCAG 3.2.6 Consistent Help: same place, every page). */
export const HELP_SLUG = 'get-help'
export const helpUrl = (locale: Locale | string = DEFAULT_LOCALE) => pageUrl(locale, HELP_SLUG)
/** The overdose page, whose call box (#call-now) holds the call signs other pages and embeds point to. */
export const OVERDOSE_SLUG = 'overamping'
export const callSignsUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${pageUrl(locale, OVERDOSE_SLUG)}#call-now`
export const countryHelpId = (country: string) => `help-${country.toLowerCase()}`

/** Anchors for citations (components/citations). */
export const refId = (source: string, finding?: string) => (finding ? `ref-${source}-${finding}` : `ref-${source}`)
/** Anchors of a page's "What changed" history and review status (components/page/change-history.tsx); feed entries link to a line. */
export const CHANGES_ID = 'what-changed'
export const REVIEW_STATUS_ID = 'review-status'
export const changeId = (date: string) => `change-${date}`
export const markerId = (index: number, suffix?: string) => (suffix ? `cite-${index}-${suffix}` : `cite-${index}`)

/** `base` is for code that is handed the site address (lib/build/sitemap.ts) rather than reading it. */
export const absoluteUrl = (path: string, base: string = SITE_URL) => `${base}${path}`

/** Pages built by app/ routes rather than from content, which content may link to as `page:<name>`. */
export const APP_PAGES: Record<string, (locale: Locale | string) => string> = {
  home: homeUrl,
  sources: sourcesUrl,
  review: reviewIndexUrl,
  handouts: handoutsUrl,
}

/**
 * Names the app's own routes use, at the top of the site (/sources/, /embed/, /api/ …) or as
 * `page:` names. No content page may take one: a site page (/<slug>/) would clash with the route,
 * and a topic page would be unreachable by `page:<slug>`.
 */
export const RESERVED_NAMES: readonly string[] = [
  ...Object.keys(APP_PAGES),
  'topics',
  'embed',
  'review',
  'search',
  'api',
  'oembed',
  'og',
  'pagefind',
  'feeds',
]
/** Site pages that have their own route in app/(site)/<slug>/; the name is theirs, not a topic page's. */
export const SITE_PAGE_ROUTES: readonly string[] = ['about']

/** The page names a content link may reach: in the page's own language, and in English. */
export interface LinkTargets {
  pages: readonly string[]
  sitePages: readonly string[]
  /** Where a link falls back when its page is not yet translated. */
  englishPages: readonly string[]
  englishSitePages: readonly string[]
}

/**
 * Resolves a content link: `page:slug#part` becomes the page URL in the page's language; other
 * links pass through. A page not yet in that language links to the English original, and
 * `fallback` says so, so the link can tell the reader (components/mdx/mdx-components.tsx).
 */
export function contentLink(
  href: string,
  locale: Locale | string,
  targets: LinkTargets,
): { href: string; fallback: boolean } {
  if (!href.startsWith('page:')) return { href, fallback: false }
  const [slug = '', hash] = href.slice(5).split('#')
  const app = APP_PAGES[slug]
  const inLocale = targets.pages.includes(slug) || targets.sitePages.includes(slug)
  const fallback = !app && !inLocale && locale !== DEFAULT_LOCALE
  const [lang, sitePages] = fallback ? [DEFAULT_LOCALE, targets.englishSitePages] : [locale, targets.sitePages]
  const url = app ? app(lang) : sitePages.includes(slug) ? sitePageUrl(lang, slug) : pageUrl(lang, slug)
  return { href: hash ? `${url}#${hash}` : url, fallback }
}

/** Our own script files in public/, the only external scripts a page may load (lib/build/own-code.ts). */
export const RESIZE_SCRIPT_URL = '/embed/v1/resize.js'
export const PARTNER_SCRIPT_URL = '/embed/partner.js'
export const partnerUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/embed/`
export const searchUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/search/`
/** The search page's own script, and where the post-build step writes Pagefind's index (lib/build/search-index.ts). */
export const SEARCH_SCRIPT_URL = '/search.js'
export const SEARCH_INDEX_ROOT = '/pagefind/'
/**
 * The one script of every site page: the quick exit and the offline emergency pages (public/safety.js).
 * The service worker it registers sits at the top so its scope covers every locale (lib/build/offline-worker.ts).
 */
export const SAFETY_SCRIPT_URL = '/safety.js'
export const SERVICE_WORKER_URL = '/sw.js'
export const notFoundUrl = () => '/404.html'
/** For search engines, at the top of the site where crawlers look (lib/build/sitemap.ts). */
export const SITEMAP_URL = '/sitemap.xml'
export const ROBOTS_URL = '/robots.txt'

/**
 * "What changed" feeds (lib/feeds/): each locale's, beside its home page (/feed.xml,
 * /zh-hans/feed.json), and one per topic page under /feeds/atom/ and /feeds/json/, so a feed never
 * sits inside a page's folder (where it would take the page's headers) and each format has its own
 * `_headers` pattern and Content-Type.
 */
export type FeedFormat = 'atom' | 'json'
const FEED_EXT: Record<FeedFormat, string> = { atom: 'xml', json: 'json' }
export const FEED_TYPES: Record<FeedFormat, string> = { atom: 'application/atom+xml', json: 'application/feed+json' }
export const localeFeedUrl = (locale: Locale | string, format: FeedFormat) =>
  `${prefix(locale)}/feed.${FEED_EXT[format]}`
export const pageFeedUrl = (locale: Locale | string, slug: string, format: FeedFormat) =>
  `/feeds/${format}${prefix(locale)}/${slug}.${FEED_EXT[format]}`
/** A topic page's two feeds, by format. */
export const pageFeedUrls = (locale: Locale | string, slug: string): Record<FeedFormat, string> => ({
  atom: pageFeedUrl(locale, slug, 'atom'),
  json: pageFeedUrl(locale, slug, 'json'),
})
/** The format of a locale feed's file name (`feed.xml`), if it is one. */
const localeFeedFormat = (name: string) =>
  (Object.keys(FEED_EXT) as FeedFormat[]).find((f) => name === `feed.${FEED_EXT[f]}`)

// ---------------------------------------------------------------------------------------------
// The reverse question: what kind of route is a path, and in which locale? Post-build (which CSP
// an inline hash joins), headers (which rule a path gets), the budget and the test helpers all ask
// here, so a new locale or route kind is one edit.

/** Kinds of page that carry the site's chrome (components/layout/site-shell.tsx), and so its one script. */
export const SITE_PAGE_KINDS = [
  'home',
  'topic',
  'site-page',
  'sources',
  'source',
  'review',
  'search',
  'handout',
  'embed-partner',
  'not-found',
] as const
export const ROUTE_KINDS = [
  ...SITE_PAGE_KINDS,
  'embed',
  'embed-script',
  'partner-script',
  'search-script',
  'search-index',
  'safety-script',
  'service-worker',
  'data',
  'og-image',
  'feed-atom',
  'feed-json',
  'asset',
  'static-file',
  'unknown',
] as const
export type RouteKind = (typeof ROUTE_KINDS)[number]
export interface Route {
  kind: RouteKind
  locale: Locale
}

/** The URL prefix segment of a locale ('zh-hans'), or undefined for the default locale. */
const localeOfSegment = (segment: string | undefined): Locale | undefined =>
  LOCALES.find((l) => l !== DEFAULT_LOCALE && l.toLowerCase() === segment)

/** First segments (after any locale prefix) that belong to a route kind, so no site page may take them. */
const SECTIONS: Record<string, RouteKind> = {
  topics: 'topic',
  sources: 'source',
  review: 'review',
  search: 'search',
  handouts: 'handout',
  embed: 'embed-partner',
}
/** Top-level segments that are never locale-prefixed. */
const GLOBAL_ROOTS = ['_next', '_not-found', 'oembed', 'api', 'og', 'pagefind', 'feeds']

/**
 * What a path is. Accepts URL paths as served (`/topics/a/`) or as files (`/topics/a/index.html`);
 * a query or fragment is ignored. Paths that match no route are `unknown` (the post-build step
 * fails on them, so a new route must be added here first).
 */
export function routeKind(path: string): Route {
  const p = (path.split(/[?#]/)[0] ?? '').replace(/\/index\.html$/, '/')
  const route = (kind: RouteKind, locale: Locale = DEFAULT_LOCALE): Route => ({ kind, locale })
  const segs = p.split('/').slice(1)
  const dir = p.endsWith('/')
  if (p === RESIZE_SCRIPT_URL) return route('embed-script')
  if (p === PARTNER_SCRIPT_URL) return route('partner-script')
  if (p === SEARCH_SCRIPT_URL) return route('search-script')
  if (p === SAFETY_SCRIPT_URL) return route('safety-script')
  if (p === SERVICE_WORKER_URL) return route('service-worker')
  // Pagefind's files (its script, WebAssembly and index fragments), one index for all languages.
  if (segs[0] === 'pagefind') return !dir && segs.length >= 2 ? route('search-index') : route('unknown')
  if (segs[0] === '_next') return route('asset')
  if (segs[0] === '_not-found' || p === '/404.html' || p === '/404/') return route('not-found')
  if (segs[0] === 'oembed' || segs[0] === 'api') {
    // /oembed/<locale>/<slug>.json, /api/v1/pages/<locale>/<slug>.json
    const rest = segs[0] === 'oembed' ? segs.slice(1) : segs.slice(3)
    const locale = rest.length > 1 ? localeOfSegment(rest[0]) : undefined
    return p.endsWith('.json') ? route('data', locale) : route('unknown')
  }
  if (segs[0] === 'og') {
    // /og/<slug>.png, /og/<locale>/<slug>.png
    const locale = segs.length === 3 ? localeOfSegment(segs[1]) : undefined
    const ok = (segs.length === 2 || locale) && /^[^/.][^/]*\.png$/.test(segs.at(-1) ?? '')
    return ok ? route('og-image', locale) : route('unknown')
  }
  if (segs[0] === 'feeds') {
    // /feeds/atom/<slug>.xml, /feeds/json/<locale>/<slug>.json
    const format = (['atom', 'json'] as const).find((f) => f === segs[1])
    const locale = segs.length === 4 ? localeOfSegment(segs[2]) : undefined
    const file = segs.at(-1) ?? ''
    const ok = format && (segs.length === 3 || locale) && !file.startsWith('.') && file.endsWith(`.${FEED_EXT[format]}`)
    return ok ? route(`feed-${format}`, locale) : route('unknown')
  }
  if (segs[0] === 'embed' && segs[1] === 'v1') {
    const rest = segs.slice(2, -1)
    const locale = localeOfSegment(rest[0])
    const ok = dir && (locale ? rest.length === 2 : rest.length === 1) && rest.every(Boolean)
    return ok ? route('embed', locale) : route('unknown')
  }
  const locale = localeOfSegment(segs[0])
  const local = locale ? segs.slice(1) : segs
  if (locale && GLOBAL_ROOTS.includes(local[0] ?? '')) return route('unknown', locale)
  const [first = '', second] = local
  const feedFormat = local.length === 1 ? localeFeedFormat(first) : undefined
  if (feedFormat) return route(`feed-${feedFormat}`, locale)
  if (local.length === 1 && !first) return locale || p === '/' ? route('home', locale) : route('unknown')
  if (local.length === 1)
    return !locale && /^[^.][^/]*\.[a-z0-9]+$/i.test(first) ? route('static-file') : route('unknown', locale)
  if (!dir) return route('unknown', locale)
  const section = SECTIONS[first]
  if (local.length === 2) {
    if (section === 'source') return route('sources', locale)
    // /review/ lists the review kits, /handouts/ the handouts; like /search/ and the partner page each is a page of its own kind.
    if (section === 'embed-partner' || section === 'search' || section === 'review' || section === 'handout')
      return route(section, locale)
    return section ? route('unknown', locale) : route('site-page', locale)
  }
  if (
    local.length === 3 &&
    second &&
    (section === 'topic' || section === 'source' || section === 'review' || section === 'handout')
  )
    return route(section, locale)
  return route('unknown', locale)
}

/**
 * The same page in another locale (/zh-hans/topics/a/ → /ko/topics/a/, /about/ → /ko/about/), for
 * hreflang alternates; whether that page was built is the caller's question. Undefined for paths
 * with no twin under a locale prefix (embeds, data, static files, 404): the twin must be the same
 * route kind in the asked locale, read back by routeKind.
 */
export function pathInLocale(path: string, locale: Locale): string | undefined {
  const route = routeKind(path)
  const rest = path.slice(prefix(route.locale).length)
  const twin = `${prefix(locale)}${rest}`
  const back = routeKind(twin)
  return rest.startsWith('/') && back.kind === route.kind && back.locale === locale ? twin : undefined
}

/** Every locale's URL prefix: '' for the default, '/zh-hans' … */
export const localePrefixes = () => LOCALES.map((l) => prefix(l))

const asPage = (dirUrl: string) => [dirUrl, `${dirUrl}index.html`]

/**
 * The `_headers` patterns (Cloudflare/Netlify syntax: `*` anything, `:name` one segment) of one
 * route kind, for every locale in LOCALES, so a locale's pages are covered before it is built.
 * Site pages and top-level files have no fixed shape; they are named one by one from `built`
 * (URL paths of the files in out/). No two kinds' patterns match one path (tests/unit/routes.test.ts),
 * so a response never gets two Content-Security-Policies.
 */
export function headerPatterns(kind: RouteKind, built: readonly string[] = []): string[] {
  const each = (f: (p: string) => string[]) => localePrefixes().flatMap(f)
  const fromBuilt = () =>
    [
      ...new Set(
        built
          .filter((b) => routeKind(b).kind === kind)
          .flatMap((b) => (b.endsWith('/') || b.endsWith('/index.html') ? asPage(b.replace(/index\.html$/, '')) : [b])),
      ),
    ].sort()
  switch (kind) {
    case 'home':
      return each((p) => asPage(`${p}/`))
    case 'topic':
      return each((p) => [`${p}/topics/*`])
    case 'sources':
      return each((p) => asPage(`${p}/sources/`))
    case 'source':
      return each((p) => asPage(`${p}/sources/:id/`))
    case 'review':
      return each((p) => [`${p}/review/*`])
    case 'search':
      return each((p) => asPage(`${p}/search/`))
    case 'handout':
      return each((p) => [`${p}/handouts/*`])
    case 'embed-partner':
      return each((p) => asPage(`${p}/embed/`))
    case 'embed':
      return each((p) => asPage(`/embed/v1${p}/:slug/`))
    case 'embed-script':
      return [RESIZE_SCRIPT_URL]
    case 'partner-script':
      return [PARTNER_SCRIPT_URL]
    case 'search-script':
      return [SEARCH_SCRIPT_URL]
    case 'search-index':
      return [`${SEARCH_INDEX_ROOT}*`]
    case 'safety-script':
      return [SAFETY_SCRIPT_URL]
    case 'service-worker':
      return [SERVICE_WORKER_URL]
    case 'data':
      return ['/oembed/*', '/api/*']
    case 'og-image':
      return ['/og/*']
    case 'feed-atom':
    case 'feed-json': {
      const format = kind === 'feed-atom' ? 'atom' : 'json'
      return [...LOCALES.map((l) => localeFeedUrl(l, format)), `/feeds/${format}/*`]
    }
    case 'asset':
      return ['/_next/*']
    case 'not-found':
      return ['/404.html', ...asPage('/404/'), '/_not-found/*']
    case 'site-page':
    case 'static-file':
      return fromBuilt()
    case 'unknown':
      return []
  }
}
