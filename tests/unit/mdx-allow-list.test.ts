import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { MARKDOWN_OVERRIDES, getMdxComponents } from '../../components/mdx/mdx-components'
import { checkAllowList } from '../../lib/mdx/allow-list'
import { ALLOWED_COMPONENT_NAMES, BUILD_COMPONENTS } from '../../lib/mdx/allowed'
import { parseMdx } from '../../lib/mdx/parse'
import { normaliseUrl, packAddresses } from '../../lib/rules/links'
import { publicImage } from '../../lib/rules/mdx'
import { loadPack } from '../../lib/source-pack/load'

const issues = (mdx: string) => checkAllowList(parseMdx(mdx)).map((i) => i.message)

describe('what a page may contain (lib/mdx/allowed.ts)', () => {
  it('the registry holds exactly the allowed components, besides overrides of Markdown’s own HTML', () => {
    const registered = Object.keys(
      getMdxComponents({
        context: 'site',
        plan: {} as never,
        locale: 'en',
        resources: [],
        urgent: undefined,
        links: { pages: [], sitePages: [], englishPages: [], englishSitePages: [] },
      }),
    )
    assert.deepEqual(
      registered
        .filter(
          (n) =>
            !(MARKDOWN_OVERRIDES as readonly string[]).includes(n) &&
            !(BUILD_COMPONENTS as readonly string[]).includes(n),
        )
        .sort(),
      [...ALLOWED_COMPONENT_NAMES].sort(),
    )
    assert.deepEqual(
      registered.filter((n) => /^[a-z]/.test(n)).sort(),
      [...MARKDOWN_OVERRIDES].filter((n) => registered.includes(n)).sort(),
    )
  })

  it('accepts Markdown and the registered components with their own props', () => {
    assert.deepEqual(
      issues(
        '## Heading\n\nText *a* **b** ~~c~~ `d`.<Cite id="x" f="F1" />\n\n- item\n\n> quote\n\n<Callout variant="warning">\nSee [help](page:get-help).\n</Callout>\n\n| a | b |\n| - | - |\n| c | d |\n',
      ),
      [],
    )
  })

  it('rejects every other element, in any case, and every other attribute', () => {
    for (const tag of [
      'script',
      'Script',
      'SCRIPT',
      'iframe',
      'img',
      'link',
      'meta',
      'form',
      'a',
      'style',
      'svg',
      'object',
      'x.y',
    ]) {
      assert.equal(issues(`Text <${tag} />`).length, 1, tag)
    }
    assert.match(issues('<Signpost data-keep="1">\nSee.\n</Signpost>')[0] ?? '', /attribute "data-keep"/)
    assert.match(issues('Text.<Cite id="x" f="F1" style="color:red" />')[0] ?? '', /attribute "style"/)
    assert.match(issues('<Callout variant="evil">\nSee.\n</Callout>')[0] ?? '', /is not one of/)
  })

  it('rejects reference-style links, their definitions and footnotes', () => {
    assert.equal(issues('See [x][r].\n\n[r]: https://evil.example/').length, 2)
    assert.equal(issues('See this.[^1]\n\n[^1]: Note.').length, 2)
  })
})

describe('outside links are compared as URLs', () => {
  const allowed = packAddresses(loadPack())
  const ok = (href: string) => allowed.has(normaliseUrl(href) ?? '')
  it('accepts a pack address, also written with a different case of host or a fragment', () => {
    assert.ok(ok('https://www.latimes.com/world/la-fg-north-korea-meth-20140127-story.html'))
    assert.ok(ok('https://WWW.LATIMES.COM/world/la-fg-north-korea-meth-20140127-story.html#top'))
    assert.ok(ok('https://www.samhsa.gov/find-help/national-helpline'), 'a source’s original address')
  })
  it('rejects look-alikes, other paths and queries, and user-info tricks', () => {
    assert.ok(!ok('https://www.latimes.co/world/la-fg-north-korea-meth-20140127-story.html'))
    assert.ok(!ok('https://www.latimes.com/world/la-fg-north-korea-meth-20140127-story.html?x=1'))
    assert.ok(!ok('https://www.latimes.com/world/'))
    assert.ok(!ok('https://www.latimes.com@evil.example/world/la-fg-north-korea-meth-20140127-story.html'))
    assert.ok(!ok('http://www.latimes.com/world/la-fg-north-korea-meth-20140127-story.html'), 'http is another address')
  })
})

describe('images come from public/ only', () => {
  it('accepts a file in public/ and nothing else', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-img-'))
    fs.mkdirSync(path.join(root, 'public', 'img'), { recursive: true })
    fs.writeFileSync(path.join(root, 'public', 'img', 'a b.png'), '')
    fs.writeFileSync(path.join(root, 'secret.png'), '')
    assert.deepEqual(publicImage(root, '/img/a%20b.png'), { file: path.join(root, 'public', 'img', 'a b.png') })
    for (const bad of [
      'https://evil.example/a.png',
      '//evil.example/a.png',
      'img/a b.png',
      '/%2F..%2Fsecret.png',
      '/../secret.png',
      '/img/',
      '\\evil\\a.png',
      'data:image/png;base64,AA',
    ]) {
      assert.ok('error' in publicImage(root, bad), bad)
    }
    fs.rmSync(root, { recursive: true })
  })
})
