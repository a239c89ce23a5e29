import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_LOCALE, LOCALES } from '../../lib/model/taxonomy'
import { headerProblems } from '../../lib/headers/check'
import { headersFor, patternMatches } from '../../lib/headers/headers-file'
import { routeClasses, toHeaderRules } from '../../lib/headers/policy'
import {
  apiPageUrl,
  contentLink,
  embedUrl,
  handoutsUrl,
  handoutUrl,
  headerPatterns,
  homeUrl,
  localeFeedUrl,
  notFoundUrl,
  oembedUrl,
  ogImageUrl,
  pageFeedUrl,
  pageUrl,
  PARTNER_SCRIPT_URL,
  partnerUrl,
  RESIZE_SCRIPT_URL,
  reviewUrl,
  ROUTE_KINDS,
  routeKind,
  searchUrl,
  sitePageUrl,
  SEARCH_INDEX_ROOT,
  SEARCH_SCRIPT_URL,
  SAFETY_SCRIPT_URL,
  SERVICE_WORKER_URL,
  sourcesUrl,
  sourceUrl,
  type RouteKind,
} from '../../lib/routes'

/** One URL of each kind that has a locale, built by the URL builders (the round trip). */
const LOCALISED: Record<string, (l: string) => string> = {
  home: (l) => homeUrl(l),
  topic: (l) => pageUrl(l, 'meth-basics'),
  'site-page': (l) => sitePageUrl(l, 'about'),
  sources: (l) => sourcesUrl(l),
  source: (l) => sourceUrl('who-amphetamine', l),
  review: (l) => reviewUrl(l, 'meth-basics'),
  search: (l) => searchUrl(l),
  handout: (l) => handoutUrl(l, 'overamping'),
  embed: (l) => embedUrl(l, 'meth-basics'),
  'embed-partner': (l) => partnerUrl(l),
  data: (l) => oembedUrl(l, 'meth-basics'),
  'og-image': (l) => ogImageUrl(l, 'meth-basics'),
  'feed-atom': (l) => pageFeedUrl(l, 'meth-basics', 'atom'),
  'feed-json': (l) => pageFeedUrl(l, 'meth-basics', 'json'),
}

/** Each locale's feeds, beside its home page: the same kinds as the pages' feeds. */
const LOCALE_FEEDS: Record<string, (l: string) => string> = {
  'feed-atom': (l) => localeFeedUrl(l, 'atom'),
  'feed-json': (l) => localeFeedUrl(l, 'json'),
}

describe('routeKind: the reverse of the URL builders', () => {
  for (const locale of LOCALES) {
    for (const [kind, build] of Object.entries(LOCALISED)) {
      it(`${kind} in ${locale}: routeKind(${build(locale)}) is ${kind}, ${locale}`, () => {
        assert.deepEqual(routeKind(build(locale)), { kind, locale })
        // Served as a directory or as its file, the answer is the same.
        if (build(locale).endsWith('/')) assert.deepEqual(routeKind(`${build(locale)}index.html`), { kind, locale })
      })
    }
    it(`the handouts list in ${locale} is a handout page too`, () =>
      assert.deepEqual(routeKind(handoutsUrl(locale)), { kind: 'handout', locale }))
    it(`open data in ${locale}`, () =>
      assert.deepEqual(routeKind(apiPageUrl(locale, 'meth-basics')), { kind: 'data', locale }))
    it(`the locale's feeds in ${locale}`, () => {
      for (const [kind, build] of Object.entries(LOCALE_FEEDS))
        assert.deepEqual(routeKind(build(locale)), { kind, locale })
    })
  }
  it('files with one fixed place', () => {
    const cases: [string, RouteKind][] = [
      [RESIZE_SCRIPT_URL, 'embed-script'],
      [PARTNER_SCRIPT_URL, 'partner-script'],
      [SEARCH_SCRIPT_URL, 'search-script'],
      [SAFETY_SCRIPT_URL, 'safety-script'],
      [SERVICE_WORKER_URL, 'service-worker'],
      [`${SEARCH_INDEX_ROOT}pagefind.js`, 'search-index'],
      [`${SEARCH_INDEX_ROOT}index/en_9755229.pf_index`, 'search-index'],
      ['/_next/static/chunks/a.css', 'asset'],
      ['/icon.svg', 'static-file'],
      [notFoundUrl(), 'not-found'],
      ['/404/index.html', 'not-found'],
      ['/_not-found/index.html', 'not-found'],
      ['/api/v1/pages.json', 'data'],
      ['/api/v1/page.schema.json', 'data'],
    ]
    for (const [p, kind] of cases) assert.deepEqual(routeKind(p), { kind, locale: DEFAULT_LOCALE }, p)
  })
  it('ignores a query or fragment', () => {
    assert.deepEqual(routeKind('/embed/v1/zh-hans/a/?theme=dark#x'), { kind: 'embed', locale: 'zh-Hans' })
  })
  it('knows no route for paths no builder makes', () => {
    for (const p of [
      '/topics/',
      '/topics/a/b/',
      '/embed/v1/',
      '/embed/v1/zh-hans/',
      '/embed/v1/a/b/c/',
      '/zh-hans/_next/x.js',
      '/zh-hans/icon.svg',
      '/about',
      '/fr-fr/topics/a/x/',
      '/oembed/a.txt',
      '/embed/x/',
      '/og/a.txt',
      '/og/fr/a.png',
      '/og/',
      '/ko/og/a.png',
      '/feeds/atom/a.json',
      '/feeds/json/a.xml',
      '/feeds/rss/a.xml',
      '/feeds/atom/fr/a.xml',
      '/feeds/atom/.xml',
      '/ko/feeds/atom/a.xml',
      '/topics/feed.xml',
    ])
      assert.equal(routeKind(p).kind, 'unknown', p)
  })
  it('reads an unknown locale prefix as a site page, not as a locale', () => {
    assert.deepEqual(routeKind('/fr/'), { kind: 'site-page', locale: DEFAULT_LOCALE })
  })
})

describe('header patterns per route kind', () => {
  // Site pages have no fixed shape: only those built get a rule (every locale's about page here).
  const built = [
    '/index.html',
    '/about/index.html',
    '/icon.svg',
    '/404.html',
    '/zh-hans/about/index.html',
    '/ko/about/index.html',
  ]
  const rules = toHeaderRules(
    routeClasses(
      {
        siteScripts: [],
        siteStyles: ['sha256-site'],
        embedScripts: ['sha256-embedjs'],
        embedStyles: ['sha256-embedcss'],
      },
      built,
    ),
  )
  const everyUrl = LOCALES.flatMap((l) =>
    [...Object.values(LOCALISED), ...Object.values(LOCALE_FEEDS)].map((b) => b(l)),
  )

  it('every URL any builder makes, in every locale, matches exactly one kind', () => {
    for (const url of [...everyUrl, ...built]) {
      const kinds = ROUTE_KINDS.filter((k) => headerPatterns(k, built).some((p) => patternMatches(p, url)))
      assert.deepEqual(kinds, [routeKind(url).kind], url)
    }
  })
  it('the header check passes every such URL', () => {
    assert.deepEqual(headerProblems(rules, [...everyUrl, ...built]), [])
  })
  it("embedUrl('zh-Hans', s) has a header rule, and its hashes are the embed CSP's, not the site's", () => {
    const h = headersFor(rules, embedUrl('zh-Hans', 'meth-basics'))
    const csp = h.get('content-security-policy') ?? ''
    assert.match(csp, /script-src 'sha256-embedjs'/)
    assert.match(csp, /style-src 'sha256-embedcss'/)
    assert.match(csp, /frame-ancestors \*/)
    assert.doesNotMatch(csp, /sha256-site/)
    assert.equal(h.get('x-robots-tag'), 'noindex')
    assert.doesNotMatch(
      headersFor(rules, pageUrl('zh-Hans', 'meth-basics')).get('content-security-policy') ?? '',
      /embedjs|frame-ancestors \*/,
    )
  })
  it('review pages get the site headers and X-Robots-Tag: noindex, in every locale', () => {
    for (const locale of LOCALES) {
      const h = headersFor(rules, reviewUrl(locale, 'meth-basics'))
      assert.equal(h.get('x-robots-tag'), 'noindex')
      assert.equal(h.get('x-frame-options'), 'DENY')
      assert.match(h.get('content-security-policy') ?? '', /frame-ancestors 'none'/)
    }
    assert.equal(headersFor(rules, pageUrl('en', 'meth-basics')).get('x-robots-tag'), undefined)
  })
  it('the header check fails a review page that search engines may index', () => {
    const noRobots = rules.map((r) => ({
      ...r,
      headers: r.headers.filter(([k]) => !(r.pattern.includes('/review/') && k === 'X-Robots-Tag')),
    }))
    assert.ok(
      headerProblems(noRobots, [reviewUrl('ko', 'a')]).includes(
        '/ko/review/a/: a review page without X-Robots-Tag: noindex',
      ),
    )
  })
  it('site pages and top-level files are named from what was built, one by one', () => {
    assert.deepEqual(headerPatterns('site-page', built.slice(0, 5)), [
      '/about/',
      '/about/index.html',
      '/zh-hans/about/',
      '/zh-hans/about/index.html',
    ])
    assert.deepEqual(headerPatterns('static-file', built), ['/icon.svg'])
  })
})

describe('content links (contentLink)', () => {
  const targets = {
    pages: ['overamping'],
    sitePages: ['about'],
    englishPages: ['overamping', 'mixing'],
    englishSitePages: ['about', 'privacy'],
  }
  it('a page in the same language links there', () => {
    assert.deepEqual(contentLink('page:overamping#call-now', 'ko', targets), {
      href: '/ko/topics/overamping/#call-now',
      fallback: false,
    })
    assert.deepEqual(contentLink('page:about', 'ko', targets), { href: '/ko/about/', fallback: false })
    assert.deepEqual(contentLink('page:sources', 'ko', targets), { href: '/ko/sources/', fallback: false })
  })
  it('a page not yet translated links to the English original and says so', () => {
    assert.deepEqual(contentLink('page:mixing', 'ko', targets), { href: '/topics/mixing/', fallback: true })
    assert.deepEqual(contentLink('page:privacy#cookies', 'zh-Hans', targets), {
      href: '/privacy/#cookies',
      fallback: true,
    })
  })
  it('English never falls back, and other links pass through', () => {
    assert.deepEqual(contentLink('page:mixing', 'en', { ...targets, pages: targets.englishPages }), {
      href: '/topics/mixing/',
      fallback: false,
    })
    assert.deepEqual(contentLink('https://example.org/', 'ko', targets), {
      href: 'https://example.org/',
      fallback: false,
    })
  })
})
