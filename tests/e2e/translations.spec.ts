/**
 * Chinese and Korean twins of every English page (issue 9), read from the built site as a reader
 * without JavaScript gets it: `lang`, hreflang alternates with x-default, a switcher that lands on
 * the same page, every citation the English page has, and the translation notice linking the
 * English original. The get-help pages lead with their readers' own numbers.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { parseHtml, type HtmlDoc } from '../../lib/html/document'
import { notFoundUrl, pageUrl, refId } from '../../lib/routes'

interface BuiltPage {
  slug: string
  locale: string
}
const pages = JSON.parse(
  fs.readFileSync(path.join('.contentlayer', 'generated', 'Page', '_index.json'), 'utf8'),
) as BuiltPage[]
const english = pages.filter((p) => p.locale === 'en').map((p) => p.slug)
const TRANSLATED = ['zh-Hans', 'ko'] as const
const ALL = ['en', ...TRANSLATED] as const

const get = async (request: import('@playwright/test').APIRequestContext, url: string) => {
  const res = await request.get(url)
  expect(res.status(), url).toBe(200)
  return parseHtml(await res.text())
}
const attr = (doc: HtmlDoc, tag: string, name: string) => doc.elements.find((e) => e.tag === tag)?.attrs.get(name)
/** Reference list ids (ref-<source>-<finding>): the findings a page cites. */
const citedFindings = (doc: HtmlDoc) =>
  new Set(doc.elements.map((e) => e.attrs.get('id') ?? '').filter((id) => /^ref-.+-[FC]\d+$/.test(id)))

test('every English topic page has a Chinese and a Korean twin', () => {
  expect(english.length).toBeGreaterThanOrEqual(21)
  for (const locale of TRANSLATED)
    expect(
      pages
        .filter((p) => p.locale === locale)
        .map((p) => p.slug)
        .sort(),
      locale,
    ).toEqual([...english].sort())
})

for (const slug of english) {
  test(`${slug}: twins with lang, hreflang, switcher, the same citations and the notice`, async ({ request }) => {
    const docs = Object.fromEntries(
      await Promise.all(ALL.map(async (l) => [l, await get(request, pageUrl(l, slug))] as const)),
    )
    const enFindings = citedFindings(docs.en!)
    expect(enFindings.size, 'the English page cites findings').toBeGreaterThan(0)
    for (const locale of ALL) {
      const doc = docs[locale]!
      expect(attr(doc, 'html', 'lang')).toBe(locale)
      const alternates = new Map(
        doc.elements
          .filter((e) => e.tag === 'link' && e.attrs.get('rel') === 'alternate' && e.attrs.has('hreflang'))
          .map((e) => [e.attrs.get('hreflang')!, new URL(e.attrs.get('href')!).pathname]),
      )
      expect(Object.fromEntries(alternates)).toEqual({
        en: pageUrl('en', slug),
        'zh-Hans': pageUrl('zh-Hans', slug),
        ko: pageUrl('ko', slug),
        'x-default': pageUrl('en', slug),
      })
      const nav = doc.elements.find((e) => e.tag === 'nav' && e.attrs.get('class') === 'lang-switch')!
      const switcher = doc.elements.filter((e) => e.tag === 'a' && e.start > nav.start && e.end < nav.end)
      expect(switcher.map((a) => a.attrs.get('href')).sort()).toEqual(
        ALL.filter((l) => l !== locale)
          .map((l) => pageUrl(l, slug))
          .sort(),
      )
      if (locale === 'en') continue
      const mine = citedFindings(doc)
      for (const f of enFindings) expect(mine.has(f), `${locale} cites ${f}`).toBe(true)
      const notice = doc.elements.find(
        (e) => e.tag === 'div' && (e.attrs.get('class') ?? '').startsWith('translation-notice'),
      )
      expect(notice, `${locale} shows the translation notice`).toBeDefined()
      const original = doc.elements.find((e) => e.tag === 'a' && e.start > notice!.start && e.end < notice!.end)
      expect(original?.attrs.get('href')).toBe(pageUrl('en', slug))
    }
  })
}

test('the Korean get-help page leads with 119 and 1342', async ({ request }) => {
  const doc = await get(request, pageUrl('ko', 'get-help'))
  const dials = doc.elements
    .filter((e) => e.tag === 'a' && e.attrs.get('href')?.startsWith('tel:'))
    .map((e) => e.attrs.get('href'))
  expect(dials[0], 'the call box starts with Korea').toBe('tel:119')
  const firstForeign = dials.findIndex((d) => d === 'tel:911')
  expect(dials.indexOf('tel:1342')).toBeGreaterThan(-1)
  expect(dials.indexOf('tel:1342')).toBeLessThan(dials.lastIndexOf('tel:911') + (firstForeign < 0 ? Infinity : 0))
  expect(doc.html).toContain('치료보호')
})

test('the Chinese get-help page leads with mainland China, then Hong Kong and Taiwan', async ({ request }) => {
  const doc = await get(request, pageUrl('zh-Hans', 'get-help'))
  const dials = doc.elements
    .filter((e) => e.tag === 'a' && e.attrs.get('href')?.startsWith('tel:'))
    .map((e) => e.attrs.get('href'))
  expect(dials.slice(0, 3), 'the call box: 120, 999, 119').toEqual(['tel:120', 'tel:999', 'tel:119'])
  for (const local of ['tel:12356', 'tel:12320']) expect(dials, local).toContain(local)
  expect(doc.html).toMatch(/公安/)
})

test('the not-found page speaks every published language', async ({ request }) => {
  const res = await request.get('/no-such-page/')
  expect(res.status()).toBe(404)
  const doc = parseHtml(await res.text())
  for (const locale of TRANSLATED)
    expect(
      doc.elements.some((e) => e.tag === 'section' && e.attrs.get('lang') === locale),
      locale,
    ).toBe(true)
  expect(notFoundUrl()).toBe('/404.html')
})

test('a reference keeps the source’s own title and says when the source is in another language', async ({
  request,
}) => {
  const doc = await get(request, pageUrl('ko', 'get-help'))
  const refs = doc.elements.filter((e) => e.tag === 'li' && /^ref-/.test(e.attrs.get('id') ?? ''))
  const cite = (ref: (typeof refs)[number]) =>
    doc.elements.find((e) => e.tag === 'cite' && e.start > ref.start && e.end < ref.end)!
  const english = refs.find((r) => r.attrs.get('id') === refId('samhsa-national-helpline'))!
  const korean = refs.find((r) => r.attrs.get('id') === refId('news1-korea-1342-helpline-2024'))!
  expect(cite(english).attrs.get('lang')).toBe('en')
  const html = (el: { start: number; end: number }) => doc.html.slice(el.start, el.end)
  expect(html(cite(english))).toContain('SAMHSA')
  expect(html(english)).toContain('영어로 된 자료예요.')
  expect(cite(korean).attrs.get('lang')).toBe('ko')
  expect(html(korean)).not.toContain('로 된 자료예요.')
})
