/**
 * Response headers, by route kind: the one source of truth. lib/routes.ts says what kind a path
 * is and owns each kind's `_headers` patterns, for every locale; this file says what each kind
 * gets. The post-build step writes them to out/_headers (Netlify, Cloudflare Pages) and
 * vercel.json; our static server applies
 * out/_headers, so the tests see what a host sends. Next.js cannot set headers for a static
 * export (docs/architecture.md).
 *
 * Rules:
 * - Every route kind sets all its own headers, and no two kinds' patterns match one path, so
 *   a response never gets two Content-Security-Policy headers (browsers enforce both, and an
 *   embed would break). tests/e2e/headers.spec.ts checks every file in out/.
 * - Embeds may be framed by anyone (frame-ancestors *); nothing else may be framed at all.
 * - No page sends a Referer: other sites never learn which topic a reader was on.
 */
import { FEED_TYPES, headerPatterns, ROUTE_KINDS, type RouteKind } from '../routes'
import type { HeaderRule } from './headers-file'

export interface InlineHashes {
  /** sha256 hashes ('sha256-…') of inline scripts and styles, per route class. */
  siteScripts: string[]
  siteStyles: string[]
  embedScripts: string[]
  embedStyles: string[]
}

export interface RouteClass {
  name: string
  /** Cloudflare/Netlify patterns: `*` any characters, `:name` one path segment. */
  patterns: string[]
  headers: [string, string][]
}

const COMMON: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  ],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
]

const csp = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([k, v]) => [k, ...v].join(' '))
    .join('; ')

/**
 * `wasm`: the search page runs Pagefind, whose search engine is WebAssembly from our own origin;
 * compiling it needs 'wasm-unsafe-eval' (which allows WebAssembly only, not eval of scripts).
 * Every other page keeps the stricter policy.
 */
export function siteCsp(h: InlineHashes, { wasm = false }: { wasm?: boolean } = {}): string {
  return csp({
    'default-src': ["'none'"],
    'script-src': ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...h.siteScripts.map((x) => `'${x}'`)],
    // The site stylesheet is inlined into each page (lib/build/inline-css.ts).
    'style-src': ["'self'", ...h.siteStyles.map((x) => `'${x}'`)],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // The partner page previews our own embeds.
    'frame-src': ["'self'"],
    'manifest-src': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
  })
}

export function embedCsp(h: InlineHashes): string {
  return csp({
    'default-src': ["'none'"],
    'script-src': h.embedScripts.map((x) => `'${x}'`),
    'style-src': h.embedStyles.map((x) => `'${x}'`),
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'none'"],
    'form-action': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ['*'],
  })
}

/** Which Content-Security-Policy governs a page of each kind: an embed's, or the site's. */
export const cspOf = (kind: RouteKind): 'embed' | 'site' => (kind === 'embed' ? 'embed' : 'site')

const SITE_PAGE_HEADERS = (h: InlineHashes, opts: { wasm?: boolean } = {}): [string, string][] => [
  ['Content-Security-Policy', siteCsp(h, opts)],
  ['X-Frame-Options', 'DENY'],
  ...COMMON,
]
const DATA_HEADERS: [string, string][] = [
  ['Content-Type', 'application/json; charset=utf-8'],
  ['Access-Control-Allow-Origin', '*'],
  ['X-Robots-Tag', 'noindex'],
  ['Cache-Control', 'public, max-age=3600'],
  ...COMMON,
]
/** "What changed" feeds: read by feed readers and NGOs' servers anywhere, like the data files. */
const FEED_HEADERS = (type: string): [string, string][] => [
  ['Content-Type', `${type}; charset=utf-8`],
  ['Access-Control-Allow-Origin', '*'],
  ['Cache-Control', 'public, max-age=3600'],
  ...COMMON,
]
const SCRIPT_FILE = (cors: boolean): [string, string][] => [
  ['Content-Type', 'text/javascript; charset=utf-8'],
  ...(cors
    ? ([
        ['Access-Control-Allow-Origin', '*'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
      ] as [string, string][])
    : []),
  ['Cache-Control', 'public, max-age=3600'],
  ...COMMON,
]

/** Headers for each route kind (lib/routes.ts). A kind missing here has no headers, and the header check fails. */
function headersOf(kind: RouteKind, h: InlineHashes): [string, string][] {
  switch (kind) {
    case 'embed':
      return [
        ['Content-Security-Policy', embedCsp(h)],
        ['X-Robots-Tag', 'noindex'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ['Cache-Control', 'public, max-age=300, stale-while-revalidate=86400'],
        ...COMMON,
      ]
    case 'review':
      // Drafts for reviewers: the site's headers, and never in a search engine.
      return [...SITE_PAGE_HEADERS(h), ['X-Robots-Tag', 'noindex']]
    case 'embed-script':
      return SCRIPT_FILE(true)
    case 'partner-script':
    case 'search-script':
    case 'safety-script':
      return SCRIPT_FILE(false)
    case 'service-worker':
      // Always asked afresh, so a new content version reaches readers on their next visit; the
      // worker may fetch only our own pages (lib/build/offline-worker.ts).
      return [
        ['Content-Type', 'text/javascript; charset=utf-8'],
        ['Content-Security-Policy', "default-src 'none'; connect-src 'self'"],
        ['Cache-Control', 'no-cache'],
        ...COMMON,
      ]
    case 'search':
      return [...SITE_PAGE_HEADERS(h, { wasm: true }), ['X-Robots-Tag', 'noindex']]
    case 'handout':
      // Handouts are reader pages like any other (printed, not framed): the site's headers.
      return SITE_PAGE_HEADERS(h)
    case 'search-index':
      // Pagefind's script, engine and index: fetched by our search page only.
      return [['Cache-Control', 'public, max-age=3600'], ['Cross-Origin-Resource-Policy', 'same-origin'], ...COMMON]
    case 'data':
      return DATA_HEADERS
    case 'feed-atom':
      return FEED_HEADERS(FEED_TYPES.atom)
    case 'feed-json':
      return FEED_HEADERS(FEED_TYPES.json)
    case 'og-image':
      // Link previews are fetched by other sites' servers and apps: any origin may use them.
      return [
        ['Content-Type', 'image/png'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ['Cache-Control', 'public, max-age=3600'],
        ...COMMON,
      ]
    case 'asset':
      return [
        ['Cache-Control', 'public, max-age=31536000, immutable'],
        ['Cross-Origin-Resource-Policy', 'same-origin'],
        ...COMMON,
      ]
    case 'unknown':
      return []
    default:
      return SITE_PAGE_HEADERS(h)
  }
}

/**
 * The route classes for a built site: one per route kind, with the patterns lib/routes.ts gives
 * for it (every locale). `built` lists the URL paths of the files in out/, from which routes.ts
 * names site pages and top-level files one by one: no catch-all `/*` that could overlap.
 */
export function routeClasses(h: InlineHashes, built: readonly string[]): RouteClass[] {
  return ROUTE_KINDS.map((kind) => ({
    name: kind,
    patterns: headerPatterns(kind, built),
    headers: headersOf(kind, h),
  })).filter((c) => c.patterns.length && c.headers.length)
}

export function toHeaderRules(classes: RouteClass[]): HeaderRule[] {
  return classes.flatMap((c) => c.patterns.map((pattern) => ({ pattern, headers: c.headers, detach: [] })))
}

/** vercel.json `headers`: the same rules in Vercel's path syntax (`*` becomes `(.*)`). */
export function toVercelConfig(classes: RouteClass[]) {
  return {
    trailingSlash: true,
    headers: classes.flatMap((c) =>
      c.patterns.map((p) => ({
        source: p.replace(/\*/g, '(.*)'),
        headers: c.headers.map(([key, value]) => ({ key, value })),
      })),
    ),
  }
}
