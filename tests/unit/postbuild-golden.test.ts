/**
 * The post-build step against a golden fixture captured from a real `next build`
 * (tests/fixtures/postbuild/, recapture with capture.ts there). A Next upgrade that changes how
 * pages are written fails here, with the difference, rather than as a CSP error in a browser.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { sha256 } from '../../lib/build/audit'
import { embedChildCode, embedCss } from '../../lib/embed/inline-code'
import { parseHtml, runnableScripts } from '../../lib/html/document'
import { walkFiles, urlPathOf } from '../../lib/fs-walk'
import { GOLDEN_PAGES } from '../fixtures/postbuild/capture'
import { withCode, withPlaceholders } from '../fixtures/postbuild/placeholders'
import { runPostbuild } from '../helpers/out-folder'

const FIXTURE = path.join(process.cwd(), 'tests', 'fixtures', 'postbuild')
const input = Object.fromEntries(
  walkFiles(path.join(FIXTURE, 'next-build')).map((f) => [
    urlPathOf(path.join(FIXTURE, 'next-build'), f),
    withCode(fs.readFileSync(f, 'utf8')),
  ]),
)
const [TOPIC, EMBED, PARTNER] = GOLDEN_PAGES as [string, string, string]
const css = Object.entries(input).find(([u]) => u.endsWith('.css'))!

describe('post-build on pages from a real next build (golden fixture)', () => {
  const run = runPostbuild(input)
  after(run.cleanup)
  const expected = (page: string) => withCode(fs.readFileSync(path.join(FIXTURE, 'expected', page), 'utf8'))

  it('passes the audit: Next wrote nothing the step does not know', () => assert.deepEqual(run.report.problems, []))
  it('topic page: the stripped output is byte-exact the golden copy', () =>
    assert.equal(withPlaceholders(run.read(TOPIC)), withPlaceholders(expected(TOPIC))))
  it('embed page: the stripped output is byte-exact the golden copy', () =>
    assert.equal(withPlaceholders(run.read(EMBED)), withPlaceholders(expected(EMBED))))
  it('partner page: the stripped output is byte-exact the golden copy', () =>
    assert.equal(withPlaceholders(run.read(PARTNER)), withPlaceholders(expected(PARTNER))))

  it('no framework runtime is left: no /_next/ script, flight data, preload or React marker', () => {
    for (const page of GOLDEN_PAGES) {
      const html = run.read(page)
      assert.doesNotMatch(html, /__next_f|TURBOPACK|<!--\$|<!-- -->|rel="preload"|src="\/_next\//, page)
      assert.ok(!run.exists(css[0]), 'the inlined CSS file is deleted as unused')
    }
  })
  it('the site CSP gets exactly the inlined stylesheet; the embed CSP exactly the child script and embed CSS', () => {
    const siteCss = `'${sha256(css[1].trim())}'`
    const topic = run.headers('/topics/meth-pregnancy/').get('content-security-policy') ?? ''
    assert.match(topic, new RegExp(`script-src 'self'; style-src 'self' ${siteCss};`))
    const embed = run.headers('/embed/v1/meth-pregnancy/').get('content-security-policy') ?? ''
    assert.match(
      embed,
      new RegExp(
        `script-src '${sha256(embedChildCode())}'; style-src '${sha256(embedCss())}';`.replace(/[+/]/g, '\\$&'),
      ),
    )
  })
  it('hashes exactly the bytes shipped: each kept inline script and style hashes to a value in its CSP', () => {
    for (const page of [TOPIC, EMBED]) {
      const doc = parseHtml(run.read(page))
      const csp = run.headers(page.replace(/index\.html$/, '')).get('content-security-policy') ?? ''
      const inline = [...runnableScripts(doc), ...doc.elements.filter((e) => e.tag === 'style')]
      assert.ok(inline.length > 0, page)
      for (const el of inline) assert.ok(csp.includes(`'${sha256(el.text)}'`), `${page}: <${el.tag}> not in ${csp}`)
    }
  })
})
