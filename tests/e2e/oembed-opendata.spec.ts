import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { embedUrl, oembedUrl, pageUrl } from '../../lib/routes'

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
