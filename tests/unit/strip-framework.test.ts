import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits, parseHtml } from '../../lib/html/document'
import { frameworkEdits, isRouterPayload } from '../../lib/build/strip-framework'

const page = `<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/><script src="/_next/y.js" async=""></script></head><body><div hidden=""><!--$--><!--/$--></div><p>Hi<!-- --> there</p><script type="application/ld+json">{"a":1}</script><script>document.documentElement.className='js'</script><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script></body></html>`

describe('removing the framework runtime', () => {
  const { edits, removedScripts } = frameworkEdits(parseHtml(page))
  const html = applyEdits(page, edits)
  it('removes framework scripts, preloads, Turbopack and inline flight data', () => {
    assert.equal(removedScripts, 5)
    assert.ok(
      !html.includes('/_next/x.js') &&
        !html.includes('/_next/y.js') &&
        !html.includes('__next_f') &&
        !html.includes('TURBOPACK'),
    )
  })
  it('removes React markers and the hidden div that held them, keeping the text', () => {
    assert.ok(html.includes('<p>Hi there</p>') && !html.includes('<div hidden'))
  })
  it('leaves everything else byte for byte: JSON-LD, stylesheets and any other script (for the audit to judge)', () => {
    assert.equal(
      html,
      `<html><head><link rel="stylesheet" href="/a.css"/></head><body><p>Hi there</p><script type="application/ld+json">{"a":1}</script><script>document.documentElement.className='js'</script></body></html>`,
    )
  })
  it('recognises router payload files', () => {
    assert.ok(
      isRouterPayload('topics/a/index.txt') &&
        isRouterPayload('__next._full.txt') &&
        isRouterPayload('x/__next.!KH.__PAGE__.txt'),
    )
    assert.ok(!isRouterPayload('robots.txt'))
  })
})
