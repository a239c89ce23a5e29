/**
 * Response headers, by route class: the one source of truth. The post-build step writes them to
 * out/_headers (Netlify, Cloudflare Pages) and vercel.json; our static server applies
 * out/_headers, so the tests see what a host sends. Next.js cannot set headers for a static
 * export (docs/architecture.md).
 *
 * Rules:
 * - Every route class sets all its own headers, and no two classes' patterns match one path, so
 *   a response never gets two Content-Security-Policy headers (browsers enforce both, and an
 *   embed would break). tests/e2e/headers.spec.ts checks every file in out/.
 * - Embeds may be framed by anyone (frame-ancestors *); nothing else may be framed at all.
 * - No page sends a Referer: other sites never learn which topic a reader was on.
 */
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
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
]

const csp = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([k, v]) => [k, ...v].join(' '))
    .join('; ')

export function siteCsp(h: InlineHashes): string {
  return csp({
    'default-src': ["'none'"],
    'script-src': ["'self'", ...h.siteScripts.map((x) => `'${x}'`)],
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

/** Top-level entries of out/ with a class of their own; every other entry is a site page. */
export const SPECIAL_TOP_LEVEL = ['embed', 'oembed', 'api', '_next', '_headers', 'vercel.json'] as const

/**
 * The route classes for a built site. `topLevel` lists out/'s top-level entries (dirs end in
 * "/"), so every site section gets explicit patterns: no catch-all `/*` that could overlap.
 */
export function routeClasses(h: InlineHashes, topLevel: string[]): RouteClass[] {
  const sitePatterns = ['/', '/index.html', '/embed/', '/embed/index.html']
  for (const entry of topLevel.sort()) {
    const name = entry.replace(/\/$/, '')
    if ((SPECIAL_TOP_LEVEL as readonly string[]).includes(name) || name === 'index.html') continue
    sitePatterns.push(entry.endsWith('/') ? `/${name}/*` : `/${name}`)
  }
  return [
    {
      name: 'site',
      patterns: sitePatterns,
      headers: [['Content-Security-Policy', siteCsp(h)], ['X-Frame-Options', 'DENY'], ...COMMON],
    },
    {
      name: 'embed',
      patterns: ['/embed/v1/:slug/', '/embed/v1/:slug/index.html'],
      headers: [
        ['Content-Security-Policy', embedCsp(h)],
        ['X-Robots-Tag', 'noindex'],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ['Cache-Control', 'public, max-age=300, stale-while-revalidate=86400'],
        ...COMMON,
      ],
    },
    {
      name: 'embed-script',
      patterns: ['/embed/v1/resize.js'],
      headers: [['Content-Type', 'text/javascript; charset=utf-8'], ['Access-Control-Allow-Origin', '*'], ['Cross-Origin-Resource-Policy', 'cross-origin'], ['Cache-Control', 'public, max-age=3600'], ...COMMON],
    },
    {
      name: 'embed-partner-script',
      patterns: ['/embed/partner.js'],
      headers: [['Content-Type', 'text/javascript; charset=utf-8'], ['Cache-Control', 'public, max-age=3600'], ...COMMON],
    },
    {
      name: 'oembed',
      patterns: ['/oembed/*'],
      headers: [['Content-Type', 'application/json; charset=utf-8'], ['Access-Control-Allow-Origin', '*'], ['X-Robots-Tag', 'noindex'], ['Cache-Control', 'public, max-age=3600'], ...COMMON],
    },
    {
      name: 'open-data',
      patterns: ['/api/*'],
      headers: [['Content-Type', 'application/json; charset=utf-8'], ['Access-Control-Allow-Origin', '*'], ['Cache-Control', 'public, max-age=3600'], ...COMMON],
    },
    {
      name: 'assets',
      patterns: ['/_next/*'],
      headers: [['Cache-Control', 'public, max-age=31536000, immutable'], ['Cross-Origin-Resource-Policy', 'same-origin'], ...COMMON],
    },
  ]
}

export function toHeaderRules(classes: RouteClass[]): HeaderRule[] {
  return classes.flatMap((c) => c.patterns.map((pattern) => ({ pattern, headers: c.headers, detach: [] })))
}

/** vercel.json `headers`: the same rules in Vercel's path syntax (`*` becomes `(.*)`). */
export function toVercelConfig(classes: RouteClass[]) {
  return {
    trailingSlash: true,
    headers: classes.flatMap((c) => c.patterns.map((p) => ({ source: p.replace(/\*/g, '(.*)'), headers: c.headers.map(([key, value]) => ({ key, value })) }))),
  }
}
