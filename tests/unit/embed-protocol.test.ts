import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import vm from 'node:vm'
import { partnerScriptData } from '../../components/embed/embed-builder'
import {
  CHILD_CONFIG,
  EMBED_OPTIONS,
  HEIGHT_LIMITS,
  MESSAGE_TYPE,
  PROTOCOL_VERSION,
  parseEmbedOption,
} from '../../lib/embed/protocol'
import { embedUrl } from '../../lib/routes'
import { snippetHtml } from '../../lib/embed/snippet'

// resize.js is a static file NGOs load as it is, so it carries its own copy of the protocol's
// constants; this keeps that copy equal to lib/embed/protocol.ts (it is not generated, so that
// the file NGOs audit stays hand-written and small).
describe('embed protocol', () => {
  const resize = fs.readFileSync('public/embed/v1/resize.js', 'utf8')
  it('the resize script uses the protocol’s message type and height limits', () => {
    assert.match(resize, new RegExp(`var TYPE = '${MESSAGE_TYPE}'`))
    assert.match(resize, new RegExp(`var MIN = ${HEIGHT_LIMITS.min}\\b`))
    assert.match(resize, new RegExp(`var MAX = ${HEIGHT_LIMITS.max}\\b`))
  })

  it('the resize script speaks the protocol’s version, in every message it sends and accepts', () => {
    const versions = [...resize.matchAll(/\bv: (\d+)|\.v !== (\d+)/g)].map((m) => Number(m[1] ?? m[2]))
    assert.ok(versions.length >= 2, 'resize.js both sends and checks a version')
    assert.deepEqual([...new Set(versions)], [PROTOCOL_VERSION])
    assert.equal(CHILD_CONFIG.v, PROTOCOL_VERSION)
  })

  it('embeds, the snippet and the resize script live under /embed/v<version>/', () => {
    const base = `/embed/v${PROTOCOL_VERSION}/`
    assert.ok(embedUrl('en', 'a').startsWith(base))
    assert.ok(resize.startsWith(`/*! Plainly embed resizer v${PROTOCOL_VERSION} `))
    const snippet = snippetHtml({ title: 'T', slug: 'a', locale: 'en' })
    assert.deepEqual(
      [...snippet.matchAll(/\/embed\/v(\d+)\//g)].map((m) => Number(m[1])),
      [PROTOCOL_VERSION, PROTOCOL_VERSION],
    )
  })

  it('the partner script gets the options, defaults and pattern from the protocol, and holds none itself', () => {
    const data = partnerScriptData('en', EMBED_OPTIONS, 'tpl')
    assert.equal(data.options, EMBED_OPTIONS)
    assert.equal(data.preview, embedUrl('en', '__SLUG__'))
    const partner = fs.readFileSync('public/embed/partner.js', 'utf8')
    for (const literal of [
      EMBED_OPTIONS.accent.pattern,
      `'${EMBED_OPTIONS.theme.default}'`,
      `'${EMBED_OPTIONS.hl.default}'`,
      '/embed/v',
      'plain-language guide',
      'Copied',
    ])
      assert.equal(partner.includes(literal), false, `partner.js must not re-encode ${literal}`)
  })

  it('the builder offers only text sizes the child script accepts', () => {
    for (const v of EMBED_OPTIONS.fs.choices)
      assert.ok(v >= EMBED_OPTIONS.fs.min && v <= EMBED_OPTIONS.fs.max, String(v))
    assert.ok((EMBED_OPTIONS.fs.choices as readonly number[]).includes(EMBED_OPTIONS.fs.default))
  })
})

// The child script runs in the embed's iframe; here it runs in a bare context with just the
// DOM calls it makes, so the test sees what it would do to the page for a given query string.
function runChildScript(search: string) {
  const created: string[] = []
  const el = (tag: string) => ({
    tagName: tag.toUpperCase(),
    attributes: [],
    firstChild: null,
    parentNode: { replaceChild() {} },
    setAttribute() {},
    appendChild() {},
  })
  const root = {
    attrs: {} as Record<string, string>,
    style: {
      props: {} as Record<string, string>,
      setProperty(k: string, v: string) {
        this.props[k] = v
      },
    },
    classList: {
      list: [] as string[],
      add(c: string) {
        this.list.push(c)
      },
    },
    getAttribute: () => null,
    setAttribute(k: string, v: string) {
      this.attrs[k] = v
    },
  }
  const document = {
    documentElement: root,
    body: {},
    querySelectorAll: () => [el('h2'), el('h3')],
    createElement: (tag: string) => (created.push(tag), el(tag)),
  }
  const window: { parent?: unknown } = {}
  window.parent = window // not framed: the script stops after theming
  const code = `var CONFIG=${JSON.stringify(CHILD_CONFIG)};\n${fs.readFileSync('lib/embed/child-script.js', 'utf8')}`
  vm.runInNewContext(code, {
    document,
    window,
    location: { search, hash: '', host: 'x' },
    URLSearchParams,
    getComputedStyle: () => ({ backgroundColor: 'rgb(255, 255, 255)' }),
  })
  return { headings: created, fs: root.style.props['--fs'], theme: root.attrs['data-theme'] }
}

describe('embed options are whole values', () => {
  it('hl takes only the integers 1–3: ?hl=1.5 never makes an <h1.5>', () => {
    for (const bad of ['1.5', '2e0', ' 1', '1 ', '01', '0x1', '4', '0', '', 'h1']) {
      assert.equal(parseEmbedOption('hl', bad), undefined, bad)
      assert.deepEqual(runChildScript(`?hl=${encodeURIComponent(bad)}`).headings, [], bad)
    }
    assert.equal(parseEmbedOption('hl', '3'), 3)
    assert.deepEqual(runChildScript('?hl=3').headings, ['h3', 'h4'])
    assert.deepEqual(runChildScript('?hl=1').headings, ['h1', 'h2'])
  })
  it('fs and theme accept only whole valid values, the same in the parser and the child script', () => {
    for (const [raw, want] of [
      ['1.25', 1.25],
      ['0.875', 0.875],
      ['1.5', 1.5],
      ['1.25px', undefined],
      ['2', undefined],
      ['1e0', undefined],
      ['Infinity', undefined],
    ] as const) {
      assert.equal(parseEmbedOption('fs', raw), want, raw)
      assert.equal(runChildScript(`?fs=${raw}`).fs, want === undefined ? undefined : String(want), raw)
    }
    assert.equal(parseEmbedOption('theme', 'dark '), undefined)
    assert.equal(runChildScript('?theme=dark%20').theme, undefined)
    assert.equal(runChildScript('?theme=dark').theme, 'dark')
  })
})
