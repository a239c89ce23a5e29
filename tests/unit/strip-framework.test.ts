import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isRouterPayload, stripFramework } from '../../lib/build/strip-framework'

const page = `<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/><script src="/_next/y.js" async=""></script></head><body><div hidden=""><!--$--><!--/$--></div><p>Hi<!-- --> there</p><script type="application/ld+json">{"a":1}</script><script data-keep>document.documentElement.className='js'</script><script>self.__next_f.push([1,"x"])</script></body></html>`

describe('removing the framework runtime', () => {
  const { html, removedScripts } = stripFramework(page)
  it('removes framework scripts, preloads and inline flight data', () => {
    assert.equal(removedScripts, 3)
    assert.ok(!html.includes('/_next/x.js') && !html.includes('/_next/y.js') && !html.includes('__next_f'))
  })
  it('keeps JSON-LD, our own marked scripts, styles and the text', () => {
    assert.ok(html.includes('application/ld+json') && html.includes('data-keep') && html.includes('/a.css'))
    assert.ok(html.includes('<p>Hi there</p>'))
  })
  it('recognises router payload files', () => {
    assert.ok(isRouterPayload('topics/a/index.txt') && isRouterPayload('__next._full.txt') && isRouterPayload('x/__next.!KH.__PAGE__.txt'))
    assert.ok(!isRouterPayload('robots.txt'))
  })
})
