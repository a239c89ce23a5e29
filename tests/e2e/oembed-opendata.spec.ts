import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { unfurl } from 'unfurl.js'
import { ogLocale } from '../../lib/og/tags'
import { embedUrl, oembedUrl, ogImageUrl, pageUrl } from '../../lib/routes'

interface BuiltPage {
  slug: string
  locale: string
  embeddable: boolean
}
/** Every page in every language, as Contentlayer built them: the oEmbed and open-data files must match. */
const pages = JSON.parse(
  fs.readFileSync(path.join('.contentlayer', 'generated', 'Page', '_index.json'), 'utf8'),
) as BuiltPage[]
const embeds = pages.filter((p) => p.embeddable)

/** What WordPress's KSES keeps of oEmbed HTML: these tags and attributes (wp_filter_oembed_result). */
const KSES: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
    'class',
    'data-secret',
  ],
}

test('every embeddable page has oEmbed JSON that is valid, discoverable and survives WordPress’s filter', async ({
  request,
}) => {
  expect(embeds.length).toBeGreaterThan(10)
  expect(new Set(embeds.map((p) => p.locale))).toEqual(new Set(['en', 'zh-Hans', 'ko']))
  for (const { slug, locale } of embeds) {
    const res = await request.get(oembedUrl(locale, slug))
    expect(res.status(), oembedUrl(locale, slug)).toBe(200)
    expect(res.headers()['content-type']).toContain('application/json')
    expect(res.headers()['access-control-allow-origin']).toBe('*')
    const o = await res.json()
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Plainly' })
    expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true)
    const iframe = /<iframe ([^>]*)>/.exec(o.html)![1]!
    expect(iframe).toMatch(new RegExp(`src="[^"]*${embedUrl(locale, slug)}`))
    expect(iframe).toMatch(/title="[^"]+"/)
    for (const [, tag, attrs] of o.html.matchAll(/<(\w+)([^>]*)>/g)) {
      expect(Object.keys(KSES), tag).toContain(tag)
      for (const [, name] of attrs.matchAll(/\s([\w-]+)="[^"]*"/g)) expect(KSES[tag], `${tag} ${name}`).toContain(name)
    }
    const pageHtml = await (await request.get(pageUrl(locale, slug))).text()
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)
    expect(new URL(link![1]!).pathname).toBe(oembedUrl(locale, slug))
    expect(link![1]).not.toMatch(/wp-json\/oembed/)
    expect(pageHtml).toMatch(/<meta property="og:title"/)
  }
})

/** ajv with the formats the schema uses; "iri" (non-ASCII URLs, as the pack keeps some) is not in ajv-formats. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true })
  addFormats(ajv)
  ajv.addFormat('iri', (s: string) => URL.canParse(s))
  return ajv
}

test('open data: the index lists every page and each page’s JSON matches the published schema', async ({ request }) => {
  const schema = await (await request.get('/api/v1/page.schema.json')).json()
  const ajv = validator()
  const validate = ajv.compile(schema)
  const index = await (await request.get('/api/v1/pages.json')).json()
  const listed = index.pages.map((p: { id: string; locale: string }) => `${p.locale}/${p.id}`)
  expect(listed.sort()).toEqual(pages.map((p) => `${p.locale}/${p.slug}`).sort())
  for (const p of index.pages) {
    const json = await (await request.get(new URL(p.json).pathname)).json()
    expect(validate(json), `${p.id}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    const refs = new Set(json.sources.map((s: { id: string }) => s.id))
    for (const claim of json.sections.flatMap((s: { claims: { sources: { source: string }[] }[] }) => s.claims))
      for (const c of claim.sources) expect(refs.has(c.source)).toBe(true)
  }
})

test('the schema rejects a claim without a source', async ({ request }) => {
  const schema = await (await request.get('/api/v1/page.schema.json')).json()
  const ajv = validator()
  const json = await (await request.get('/api/v1/pages/overamping.json')).json()
  json.sections[0].claims[0].sources = []
  expect(ajv.validate(schema, json)).toBe(false)
})

/**
 * A real link-preview client from npm (unfurl.js, which chat apps and CMSs use to unfurl links)
 * reads a built page in each language as it would on the web: it finds our oEmbed by discovery,
 * and the Open Graph and Twitter tags give a title, an image that exists, and the page's locale.
 */
for (const locale of ['en', 'zh-Hans', 'ko'] as const) {
  test(`a link-preview client (unfurl.js) previews a ${locale} page with its image and its embed`, async ({
    request,
    baseURL,
  }) => {
    const page = pages.find((p) => p.locale === locale && p.slug === 'overamping')!
    expect(page, 'the overdose page is built in this language').toBeTruthy()
    const meta = await unfurl(`${baseURL}${pageUrl(locale, page.slug)}`, { oembed: true, timeout: 10_000 })
    expect(meta.oEmbed?.type).toBe('rich')
    expect((meta.oEmbed as { html?: string } | undefined)?.html).toContain(`${baseURL}${embedUrl(locale, page.slug)}`)
    expect(meta.twitter_card.card).toBe('summary_large_image')
    expect(meta.open_graph.locale).toBe(ogLocale(locale))
    const image = meta.open_graph.images?.[0]
    expect(image?.url).toBe(`${baseURL}${ogImageUrl(locale, page.slug)}`)
    const png = await request.get(image!.url)
    expect(png.status()).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
  })
}
