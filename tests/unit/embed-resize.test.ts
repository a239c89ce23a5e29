/**
 * resize.js (the script NGOs paste) run in a minimal fake page: it must act only on messages from
 * its own iframe's window AND from our document in it (origin "null" when sandboxed, else the
 * origin of the iframe's src). A page that took over the frame has the right window but another
 * origin, and must be ignored.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import vm from 'node:vm'
import { describe, it } from 'node:test'
import { HEIGHT_LIMITS, MESSAGE_TYPE } from '../../lib/embed/protocol'

const SRC = 'https://plainly.example/embed/v1/overamping/?theme=dark'

function fakeHost(src = SRC) {
  const frameWindow = {
    posted: [] as unknown[],
    postMessage(m: unknown) {
      this.posted.push(m)
    },
  }
  const frame = {
    src,
    contentWindow: frameWindow,
    style: { height: '' },
    offsetHeight: 800,
    addEventListener() {},
    getBoundingClientRect: () => ({ top: 100 }),
  }
  const listeners: ((e: unknown) => void)[] = []
  const scrolls: number[] = []
  const window = {
    pageYOffset: 0,
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
    scrollTo: (_x: number, y: number) => scrolls.push(y),
  }
  const document = { querySelectorAll: (sel: string) => (sel === 'iframe[data-plainly-embed]' ? [frame] : []) }
  vm.runInNewContext(fs.readFileSync('public/embed/v1/resize.js', 'utf8'), { window, document, URL })
  assert.equal(listeners.length, 1, 'resize.js listens for messages once')
  const send = (origin: string, data: object, source: unknown = frameWindow) =>
    listeners[0]!({ origin, source, data: { type: MESSAGE_TYPE, v: 1, ...data } })
  return { frame, frameWindow, scrolls, send }
}

describe('resize.js message checks', () => {
  it('sizes the frame for its sandboxed document (origin "null") and for the src origin', () => {
    const host = fakeHost()
    host.send('null', { event: 'height', height: 640.2 })
    assert.equal(host.frame.style.height, '641px')
    host.send('https://plainly.example', { event: 'height', height: 700 })
    assert.equal(host.frame.style.height, '700px')
    host.send('null', { event: 'height', height: 1e9 })
    assert.equal(host.frame.style.height, `${HEIGHT_LIMITS.max}px`)
  })

  it('tells the frame the height it really gave, so a page past the limit keeps its scrollbar', () => {
    const host = fakeHost()
    host.send('null', { event: 'height', height: 640.2 })
    host.send('null', { event: 'height', height: 1e9 })
    // (Through JSON: the script's objects come from another realm, with another Object prototype.)
    const acks = JSON.parse(JSON.stringify(host.frameWindow.posted)).filter(
      (m: { event?: string }) => m.event === 'resized',
    )
    assert.deepEqual(acks, [
      { type: MESSAGE_TYPE, v: 1, event: 'resized', height: 641 },
      { type: MESSAGE_TYPE, v: 1, event: 'resized', height: HEIGHT_LIMITS.max },
    ])
  })

  it('ignores the right window when the origin is another site’s (a page that took over the frame)', () => {
    const host = fakeHost()
    for (const origin of [
      'https://evil.example',
      'https://plainly.example.evil.example',
      'http://plainly.example',
      'https://plainly.example:8443',
      'null ',
      '',
    ]) {
      host.send(origin, { event: 'height', height: 5000 })
      host.send(origin, { event: 'scrollTo', top: 300 })
      host.send(origin, { event: 'ready' })
    }
    assert.equal(host.frame.style.height, '', 'no height from another origin')
    assert.deepEqual(host.scrolls, [], 'no scrolling from another origin')
    assert.equal(
      host.frameWindow.posted.length,
      1,
      'only the init sent at start, no init answering another origin’s ready',
    )
  })

  it('ignores our origin from a window that is not the frame’s', () => {
    const host = fakeHost()
    host.send('null', { event: 'height', height: 5000 }, {})
    host.send('https://plainly.example', { event: 'scrollTo', top: 300 }, null)
    assert.equal(host.frame.style.height, '')
    assert.deepEqual(host.scrolls, [])
  })

  it('scrolls the page for a citation link, within the frame', () => {
    const host = fakeHost()
    host.send('null', { event: 'scrollTo', top: 5000 })
    assert.deepEqual(host.scrolls, [100 + 800], 'clamped to the frame’s height')
  })

  it('a frame with no usable src trusts only the sandboxed origin', () => {
    const host = fakeHost('')
    host.send('https://plainly.example', { event: 'height', height: 500 })
    assert.equal(host.frame.style.height, '')
    host.send('null', { event: 'height', height: 500 })
    assert.equal(host.frame.style.height, '500px')
  })
})
