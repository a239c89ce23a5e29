import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { partnerScriptData } from '../../components/embed/embed-builder'
import { CHILD_CONFIG, EMBED_OPTIONS, HEIGHT_LIMITS, MESSAGE_TYPE, PROTOCOL_VERSION } from '../../lib/embed/protocol'
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
    assert.deepEqual([...snippet.matchAll(/\/embed\/v(\d+)\//g)].map((m) => Number(m[1])), [PROTOCOL_VERSION, PROTOCOL_VERSION])
  })

  it('the partner script gets the options, defaults and pattern from the protocol, and holds none itself', () => {
    const data = partnerScriptData('en', EMBED_OPTIONS, 'tpl')
    assert.equal(data.options, EMBED_OPTIONS)
    assert.equal(data.preview, embedUrl('en', '__SLUG__'))
    const partner = fs.readFileSync('public/embed/partner.js', 'utf8')
    for (const literal of [EMBED_OPTIONS.accent.pattern, `'${EMBED_OPTIONS.theme.default}'`, `'${EMBED_OPTIONS.hl.default}'`, '/embed/v', 'plain-language guide', 'Copied'])
      assert.equal(partner.includes(literal), false, `partner.js must not re-encode ${literal}`)
  })

  it('the builder offers only text sizes the child script accepts', () => {
    for (const v of EMBED_OPTIONS.fs.choices) assert.ok(v >= EMBED_OPTIONS.fs.min && v <= EMBED_OPTIONS.fs.max, String(v))
    assert.ok((EMBED_OPTIONS.fs.choices as readonly number[]).includes(EMBED_OPTIONS.fs.default))
  })
})
