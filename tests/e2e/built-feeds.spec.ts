/**
 * Issue 10's "done when", checked on what ships (out/): every Atom feed parses as XML and has RFC
 * 4287's required elements, every JSON feed validates against JSON Feed 1.1 (tests/helpers/feed-check.ts),
 * sitemap.xml parses and lists absolute URLs, robots.txt points to it; every topic page shows its
 * "What changed" history, links its feeds from its head, and carries typed JSON-LD whose fields
 * match the page (reviewedBy only beside a current review record).
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { urlPathOf, walkFiles } from '../../lib/fs-walk'
import { parseHtml, type HtmlElement } from '../../lib/html/document'
import { LOCALES } from '../../lib/model/taxonomy'
import { FEED_TYPES, localeFeedUrl, pageFeedUrl, routeKind, SITEMAP_URL, ROBOTS_URL } from '../../lib/routes'
import { builtPages, OUT } from '../helpers/built-pages'
import { atomProblems, jsonFeedProblems, parseAtom } from '../helpers/feed-check'

const read = (url: string) => fs.readFileSync(path.join(OUT, url), 'utf8')
const builtFiles = () => walkFiles(OUT).map((f) => urlPathOf(OUT, f))
const topicPages = () => builtPages('site').filter((p) => routeKind(p).kind === 'topic')
const attr = (el: HtmlElement | undefined, name: string) => el?.attrs.get(name)

test('every Atom feed is well-formed XML with the elements RFC 4287 requires', () => {
  const atoms = builtFiles().filter((u) => routeKind(u).kind === 'feed-atom')
  // One per locale and one per topic page.
  expect(atoms.length).toBe(LOCALES.length + topicPages().length)
  const problems = atoms.flatMap((u) => atomProblems(read(u)).map((p) => `${u}: ${p}`))
  expect(problems).toEqual([])
})

test('every JSON feed validates against JSON Feed 1.1', () => {
  const jsons = builtFiles().filter((u) => routeKind(u).kind === 'feed-json')
  expect(jsons.length).toBe(LOCALES.length + topicPages().length)
  const problems = jsons.flatMap((u) => jsonFeedProblems(read(u)).map((p) => `${u}: ${p}`))
  expect(problems).toEqual([])
})

test('each topic page shows its history, links its feeds, and its feed entries carry its content version', () => {
  const problems: string[] = []
  for (const url of topicPages()) {
    const { locale } = routeKind(url)
    const slug = url.split('/').at(-2)!
    const doc = parseHtml(read(`${url}index.html`))
    const history = doc.elements.find(
      (e) => e.tag === 'section' && (attr(e, 'class') ?? '').split(' ').includes('change-history'),
    )
    const inHistory = (e: HtmlElement) => history && e.start > history.start && e.end <= history.end
    const times = doc.elements.filter((e) => e.tag === 'time' && inHistory(e))
    if (!history || !times.length) problems.push(`${url}: no "What changed" list with dated lines`)
    if (history && attr(history, 'data-pagefind-ignore') === undefined)
      problems.push(`${url}: search indexes the history`)
    if (!doc.elements.some((e) => e.tag === 'a' && inHistory(e) && attr(e, 'href') === '#review-status'))
      problems.push(`${url}: the history does not link to the review status`)
    if (!doc.elements.some((e) => attr(e, 'id') === 'review-status')) problems.push(`${url}: no #review-status`)
    for (const [format, type] of Object.entries(FEED_TYPES) as ['atom' | 'json', string][]) {
      const link = doc.elements.find(
        (e) => e.tag === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === type,
      )
      const href = attr(link, 'href') ?? ''
      if (!href.endsWith(pageFeedUrl(locale, slug, format)))
        problems.push(`${url}: head links ${format} feed "${href}"`)
    }
    // The feed's dates are the page's dates, and its version is the one open data and embeds give.
    const { entries } = parseAtom(read(pageFeedUrl(locale, slug, 'atom')))
    const dates = times.map((t) => attr(t, 'datetime'))
    const entryDates = entries.map((e) => String(e.updated).slice(0, 10))
    if (JSON.stringify(dates) !== JSON.stringify(entryDates))
      problems.push(`${url}: page dates ${dates} ≠ feed ${entryDates}`)
    const version = (
      JSON.parse(read(pageFeedUrl(locale, slug, 'json'))) as { items: { _plainly: { content_version: string } }[] }
    ).items.map((i) => i._plainly.content_version)
    const api = JSON.parse(read(`/api/v1/pages${locale === 'en' ? '' : `/${url.split('/')[1]}`}/${slug}.json`)) as {
      contentVersion: string
    }
    if (version.some((v) => v !== api.contentVersion))
      problems.push(`${url}: feed version ${version} ≠ ${api.contentVersion}`)
  }
  expect(problems).toEqual([])
})

test('every embed shows the history too, linked to its review status', () => {
  const embeds = builtPages('embed').filter((p) => routeKind(p).kind === 'embed')
  expect(embeds.length).toBeGreaterThan(0)
  const missing = embeds.filter((u) => {
    const html = read(`${u}index.html`)
    return (
      !/class="change-history\b/.test(html) ||
      !html.includes('href="#review-status"') ||
      !html.includes('id="review-status"')
    )
  })
  expect(missing).toEqual([])
})

test('the partner page in every language links its locale’s feeds', () => {
  for (const locale of LOCALES) {
    const partner = builtPages('embed').find(
      (p) => routeKind(p).kind === 'embed-partner' && routeKind(p).locale === locale,
    )
    if (!partner) continue
    const html = read(`${partner}index.html`)
    expect(html, partner).toContain(`href="${localeFeedUrl(locale, 'atom')}"`)
    expect(html, partner).toContain(`href="${localeFeedUrl(locale, 'json')}"`)
  }
})

test('every topic page carries typed MedicalWebPage JSON-LD that matches the page', () => {
  const problems: string[] = []
  for (const url of topicPages()) {
    const { locale } = routeKind(url)
    const doc = parseHtml(read(`${url}index.html`))
    const blocks = doc.elements.filter((e) => e.tag === 'script' && attr(e, 'type') === 'application/ld+json')
    const ld = JSON.parse(blocks[0]?.text ?? '{}') as Record<string, unknown>
    const citations = (ld.citation ?? []) as Record<string, unknown>[]
    const reviewed = doc.elements.some((e) => attr(e, 'data-review-state') === 'reviewed')
    const checks: [boolean, string][] = [
      [blocks.length === 1, `${blocks.length} JSON-LD blocks`],
      [ld['@context'] === 'https://schema.org' && ld['@type'] === 'MedicalWebPage', 'not a schema.org MedicalWebPage'],
      [ld.inLanguage === locale, `inLanguage ${String(ld.inLanguage)}`],
      [typeof ld.lastReviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(ld.lastReviewed), 'no lastReviewed date'],
      [ld.license === 'https://creativecommons.org/licenses/by/4.0/', `license ${String(ld.license)}`],
      [(ld.publisher as Record<string, unknown>)?.['@type'] === 'Organization', 'no publisher Organization'],
      [String(ld.url).endsWith(url), `url ${String(ld.url)}`],
      [citations.length > 0, 'no citation'],
      [
        citations.every(
          (c) =>
            c['@type'] === 'CreativeWork' &&
            typeof c.name === 'string' &&
            URL.canParse(String(c.url)) &&
            (c.publisher as Record<string, unknown>)?.['@type'] === 'Organization',
        ),
        'a citation is not a CreativeWork with name, url and publisher',
      ],
      // Nobody here is a clinician: a reviewer is named only where a current review record exists.
      ['reviewedBy' in ld === reviewed, `reviewedBy ${'reviewedBy' in ld} but review state reviewed=${reviewed}`],
    ]
    for (const [ok, what] of checks) if (!ok) problems.push(`${url}: ${what}`)
  }
  expect(problems).toEqual([])
})

test('sitemap.xml is well-formed and lists absolute page URLs; robots.txt names it', () => {
  const xml = read(SITEMAP_URL)
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { '@_xmlns': string; url: { loc: string }[] }
  }
  expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  const locs = parsed.urlset.url.map((u) => u.loc)
  expect(locs.length).toBeGreaterThan(60)
  expect(locs.filter((l) => !URL.canParse(l))).toEqual([])
  expect(locs.filter((l) => new URL(l).pathname.match(/^\/(feeds|embed\/v1)\//))).toEqual([])
  const robots = read(ROBOTS_URL)
  expect(robots).toMatch(new RegExp(`^Sitemap: \\S+${SITEMAP_URL.replace('.', '\\.')}$`, 'm'))
})

test('feeds are served with their own Content-Type and open to any origin, in every language', async ({ request }) => {
  for (const locale of LOCALES) {
    for (const [format, type] of Object.entries(FEED_TYPES) as ['atom' | 'json', string][]) {
      for (const url of [localeFeedUrl(locale, format), pageFeedUrl(locale, 'overamping', format)]) {
        const res = await request.get(url)
        expect(res.status(), url).toBe(200)
        expect(res.headers()['content-type'], url).toBe(`${type}; charset=utf-8`)
        expect(res.headers()['access-control-allow-origin'], url).toBe('*')
        expect(res.headers()['content-security-policy'], url).toBeUndefined()
      }
    }
  }
})
