import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { randomBytes } from 'node:crypto'
import { BUDGET, FIRST_TRIP_END_CLASSES, gz, measurePage, overBudget } from '../../lib/build/budget'

const FIRST_TRIP_END_CLASS = FIRST_TRIP_END_CLASSES[0]

/** Random printable text that compresses to at least `bytes`. */
const noise = (bytes: number) => {
  let s = ''
  while (gz(s) < bytes) s += randomBytes(4096).toString('base64')
  return s
}
const page = (article: string, sources = '') =>
  `<!DOCTYPE html><html><head><link rel="icon" href="/icon.svg"/></head><body><main><p>${article}</p><section class="${FIRST_TRIP_END_CLASS}"><ol><li>${sources}</li></ol></section></main></body></html>`
const none = () => undefined

describe('weight budget', () => {
  it('passes a small topic page', () => {
    const w = measurePage('/topics/a/', page('Plain words.'), none)
    assert.deepEqual(overBudget(w), [])
    assert.equal(w.requests, 2)
  })
  it('fails a topic page whose article does not fit in the first round trip', () => {
    const w = measurePage('/topics/a/', page(noise(BUDGET.firstRoundTrip + 500)), none)
    assert.match(
      overBudget(w).join(),
      new RegExp(`first round trip is \\d+\\.\\d KB \\(budget ${(BUDGET.firstRoundTrip / 1024).toFixed(1)} KB\\)`),
    )
  })
  it('counts the list of sources in the whole page, not the first round trip', () => {
    const w = measurePage('/topics/a/', page('Short.', noise(20 * 1024)), none)
    assert.ok(w.firstTripGz < 1024)
    assert.deepEqual(overBudget(w), [])
    assert.match(
      overBudget(measurePage('/topics/a/', page('Short.', noise(BUDGET.pageTotal)), none)).join(),
      /HTML\+CSS is/,
    )
  })
  it('fails a page that loads too much JavaScript', () => {
    const js = Buffer.from(noise(BUDGET.pageJs + 100))
    const w = measurePage('/topics/a/', page('x').replace('</body>', '<script src="/app.js"></script></body>'), (u) =>
      u === '/app.js' ? js : undefined,
    )
    assert.match(overBudget(w).join(), /JavaScript is/)
  })
  it("holds a content page's script to its own, smaller budget, and not other site pages", () => {
    const js = Buffer.from(noise(BUDGET.contentJs + 100))
    const withScript = page('x').replace('</body>', '<script src="/safety.js" defer></script></body>')
    const read = (u: string) => (u === '/safety.js' ? js : undefined)
    assert.match(overBudget(measurePage('/topics/a/', withScript, read)).join(), /a content page's JavaScript is/)
    assert.deepEqual(overBudget(measurePage('/about/', withScript, read)), [])
    const small = Buffer.from('var a=1')
    assert.deepEqual(overBudget(measurePage('/topics/a/', withScript, () => small)), [])
  })
  it('counts inline scripts as JavaScript but not JSON data blocks, and embeds against the embed budget', () => {
    const data = `<script type="application/ld+json">${JSON.stringify({ x: noise(BUDGET.pageJs + 100) })}</script>`
    assert.equal(measurePage('/topics/a/', page('x').replace('</body>', `${data}</body>`), none).jsGz, 0)
    assert.ok(measurePage('/topics/a/', page('x').replace('</body>', '<script>var a=1</script></body>'), none).jsGz > 0)
    assert.equal(measurePage('/embed/v1/zh-hans/a/', page('x'), none).kind, 'embed')
    assert.equal(measurePage('/about/', page('x'), none).kind, 'site')
  })
})
