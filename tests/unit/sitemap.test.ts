/**
 * sitemap.xml and robots.txt (lib/build/sitemap.ts) read back as a search engine would: the
 * sitemap with a real XML parser (fast-xml-parser), robots.txt with robots-parser. The input is a
 * small fake list of the files in out/, shaped like a real build (three locales, one page not yet
 * translated, one translated into Korean only).
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import robotsParser from 'robots-parser'
import { crawlerFiles, sitemapXml, writeCrawlerFiles } from '../../lib/build/sitemap'
import { pathInLocale, ROBOTS_URL, SITEMAP_URL } from '../../lib/routes'
import { contentTypeOf } from '../../lib/server/content-types'
import { SITE_URL } from '../../lib/site'
import { runPostbuild } from '../helpers/out-folder'

const BUILT = [
  '/index.html',
  '/zh-hans/index.html',
  '/ko/index.html',
  '/topics/overamping/index.html',
  '/zh-hans/topics/overamping/index.html',
  '/ko/topics/overamping/index.html',
  '/topics/mixing/index.html',
  '/ko/topics/mixing/index.html',
  '/topics/where-meth-comes-from/index.html',
  '/about/index.html',
  '/zh-hans/about/index.html',
  '/ko/about/index.html',
  '/sources/index.html',
  '/sources/unodc-synthetic-drugs-2025/index.html',
  '/embed/index.html',
  '/ko/embed/index.html',
  '/embed/v1/overamping/index.html',
  '/embed/v1/ko/overamping/index.html',
  '/review/index.html',
  '/review/overamping/index.html',
  '/ko/review/overamping/index.html',
  '/search/index.html',
  '/404.html',
  '/404/index.html',
  '/_not-found/index.html',
  '/oembed/overamping.json',
  '/api/v1/pages.json',
  '/api/v1/pages/ko/overamping.json',
  '/embed/v1/resize.js',
  '/embed/partner.js',
  '/icon.svg',
  '/_next/static/chunks/a.css',
]
const LASTMOD = new Map([
  ['/topics/overamping/', '2026-10-01'],
  ['/ko/topics/overamping/', '2026-11-02'],
])

interface Link {
  '@_rel': string
  '@_hreflang': string
  '@_href': string
}
interface Entry {
  loc: string
  lastmod?: string
  'xhtml:link'?: Link[]
}

function parse(xml: string) {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML')
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'url' || name === 'xhtml:link',
  })
  const doc = parser.parse(xml) as { urlset: { '@_xmlns': string; '@_xmlns:xhtml': string; url?: Entry[] } }
  return { urlset: doc.urlset, urls: new Map((doc.urlset.url ?? []).map((u) => [u.loc, u])) }
}

const files = crawlerFiles(BUILT, SITE_URL, LASTMOD)
const { urlset, urls } = parse(files[SITEMAP_URL]!)
const at = (path: string) => urls.get(`${SITE_URL}${path}`)
const alternates = (path: string) =>
  Object.fromEntries((at(path)?.['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]))

describe('sitemap.xml', () => {
  it('declares the sitemap and XHTML namespaces', () => {
    assert.equal(urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9')
    assert.equal(urlset['@_xmlns:xhtml'], 'http://www.w3.org/1999/xhtml')
  })

  it('lists exactly the pages for readers, each as an absolute URL on SITE_URL', () => {
    const expected = [
      '/',
      '/about/',
      '/embed/',
      '/ko/',
      '/ko/about/',
      '/ko/embed/',
      '/ko/topics/mixing/',
      '/ko/topics/overamping/',
      '/sources/',
      '/sources/unodc-synthetic-drugs-2025/',
      '/topics/mixing/',
      '/topics/overamping/',
      '/topics/where-meth-comes-from/',
      '/zh-hans/',
      '/zh-hans/about/',
      '/zh-hans/topics/overamping/',
    ]
    assert.deepEqual([...urls.keys()].sort(), expected.map((p) => `${SITE_URL}${p}`).sort())
    for (const loc of urls.keys()) assert.equal(new URL(loc).origin, new URL(SITE_URL).origin, loc)
  })

  it('leaves out embeds, review kits, search, the 404 and data files', () => {
    for (const loc of urls.keys()) assert.doesNotMatch(loc, /\/embed\/v1\/|\/review\/|\/search\/|404|not-found|\.json$/)
  })

  it('a page in three languages lists en, zh-Hans, ko and x-default, each a page of the sitemap', () => {
    for (const page of ['/topics/overamping/', '/zh-hans/topics/overamping/', '/ko/topics/overamping/']) {
      assert.deepEqual(alternates(page), {
        en: `${SITE_URL}/topics/overamping/`,
        'zh-Hans': `${SITE_URL}/zh-hans/topics/overamping/`,
        ko: `${SITE_URL}/ko/topics/overamping/`,
        'x-default': `${SITE_URL}/topics/overamping/`,
      })
      for (const href of Object.values(alternates(page))) assert.ok(urls.has(href), `${page}: ${href} is listed`)
      for (const link of at(page)?.['xhtml:link'] ?? []) assert.equal(link['@_rel'], 'alternate')
    }
    assert.deepEqual(alternates('/ko/'), {
      en: `${SITE_URL}/`,
      'zh-Hans': `${SITE_URL}/zh-hans/`,
      ko: `${SITE_URL}/ko/`,
      'x-default': `${SITE_URL}/`,
    })
    assert.equal(alternates('/zh-hans/about/').ko, `${SITE_URL}/ko/about/`)
  })

  it('names only the translations that were built: none for an English-only page, no zh-Hans for a Korean-only one', () => {
    assert.deepEqual(alternates('/topics/where-meth-comes-from/'), {})
    assert.deepEqual(alternates('/sources/'), {})
    assert.deepEqual(Object.keys(alternates('/ko/topics/mixing/')).sort(), ['en', 'ko', 'x-default'])
    assert.deepEqual(Object.keys(alternates('/ko/embed/')).sort(), ['en', 'ko', 'x-default'])
  })

  it('gives a topic page its lastReviewed date as lastmod, and pages without one none', () => {
    assert.equal(at('/topics/overamping/')?.lastmod, '2026-10-01')
    assert.equal(at('/ko/topics/overamping/')?.lastmod, '2026-11-02')
    assert.equal(at('/about/')?.lastmod, undefined)
  })

  it("takes lastmod from the pages' lastReviewed, matched by their URL", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-sitemap-'))
    after(() => fs.rmSync(out, { recursive: true, force: true }))
    writeCrawlerFiles(out, BUILT, [
      { url: '/ko/topics/mixing/', lastReviewed: '2026-09-30' },
      { url: '/topics/not-built/', lastReviewed: '2026-01-01' },
    ])
    const written = parse(fs.readFileSync(path.join(out, SITEMAP_URL), 'utf8')).urls
    const dated = [...written.values()].filter((u) => u.lastmod).map((u) => [u.loc, u.lastmod])
    assert.deepEqual(dated, [[`${SITE_URL}/ko/topics/mixing/`, '2026-09-30']])
  })

  it('escapes what it writes (built by an XML library, not a string template)', () => {
    const { urls: odd } = parse(sitemapXml(['/topics/a&b<c>/'], SITE_URL, new Map()))
    assert.deepEqual([...odd.keys()], [`${SITE_URL}/topics/a&b<c>/`])
  })

  it('refuses more URLs than one sitemap may hold', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => `/topics/p${i}/`)
    assert.throws(() => sitemapXml(many, SITE_URL, new Map()), /50001 pages, over the 50000/)
  })
})

describe('robots.txt', () => {
  const robots = robotsParser(`${SITE_URL}${ROBOTS_URL}`, files[ROBOTS_URL]!)
  const allowed = (path: string) => robots.isAllowed(`${SITE_URL}${path}`, 'Googlebot')

  // They must read embeds and review kits to obey the noindex those send; the sitemap leaves them out.
  it('lets crawlers read every embed and review kit, in every locale, so their noindex is seen', () => {
    for (const path of [
      '/embed/v1/overamping/',
      '/embed/v1/ko/overamping/',
      '/embed/v1/zh-hans/overamping/',
      '/review/',
      '/review/overamping/',
      '/zh-hans/review/overamping/',
      '/ko/review/',
    ]) {
      assert.equal(allowed(path), true, path)
      assert.equal(urls.has(`${SITE_URL}${path}`), false, `${path} is in the sitemap`)
    }
  })

  it('lets them read the partner page and every page the sitemap lists', () => {
    for (const path of ['/embed/', '/ko/embed/', '/embed/partner.js']) assert.equal(allowed(path), true, path)
    for (const loc of urls.keys()) assert.equal(robots.isAllowed(loc, 'Googlebot'), true, loc)
  })

  it('names the sitemap by its absolute URL', () =>
    assert.deepEqual(robots.getSitemaps(), [`${SITE_URL}${SITEMAP_URL}`]))
})

describe('pathInLocale (lib/routes.ts): the same page in another locale', () => {
  it('moves a page between locale prefixes, English having none', () => {
    assert.equal(pathInLocale('/topics/a/', 'ko'), '/ko/topics/a/')
    assert.equal(pathInLocale('/zh-hans/topics/a/', 'ko'), '/ko/topics/a/')
    assert.equal(pathInLocale('/ko/about/', 'en'), '/about/')
    assert.equal(pathInLocale('/', 'zh-Hans'), '/zh-hans/')
    assert.equal(pathInLocale('/ko/', 'en'), '/')
    assert.equal(pathInLocale('/ko/embed/', 'ko'), '/ko/embed/')
  })
  it('has no answer for paths that are not under a locale prefix', () => {
    for (const path of ['/embed/v1/a/', '/embed/v1/ko/a/', '/api/v1/pages/ko/a.json', '/icon.svg', '/404.html'])
      assert.equal(pathInLocale(path, 'ko'), undefined, path)
  })
})

describe('the post-build step writes both, with headers and a sensible Content-Type', () => {
  const run = runPostbuild({
    '/index.html': '<!DOCTYPE html><html lang="en"><head><title>a</title></head><body></body></html>',
    '/ko/index.html': '<!DOCTYPE html><html lang="ko"><head><title>a</title></head><body></body></html>',
    '/embed/v1/a/index.html': '<!DOCTYPE html><html lang="en"><head><title>a</title></head><body></body></html>',
  })
  after(run.cleanup)

  it('writes sitemap.xml listing the built pages and robots.txt naming it', () => {
    const { urls: written } = parse(run.read(SITEMAP_URL))
    assert.deepEqual([...written.keys()].sort(), [`${SITE_URL}/`, `${SITE_URL}/ko/`])
    assert.match(run.read(ROBOTS_URL), new RegExp(`^Sitemap: ${SITE_URL}${SITEMAP_URL}$`, 'm'))
  })
  it('both get the common headers from _headers, and their type from the extension', () => {
    for (const url of [SITEMAP_URL, ROBOTS_URL]) {
      assert.deepEqual(run.report.problems, [])
      assert.equal(run.headers(url).get('x-content-type-options'), 'nosniff', url)
    }
    assert.equal(contentTypeOf(SITEMAP_URL), 'application/xml; charset=utf-8')
    assert.equal(contentTypeOf(ROBOTS_URL), 'text/plain; charset=utf-8')
  })
})
