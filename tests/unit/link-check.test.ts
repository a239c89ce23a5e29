import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findBrokenLinks } from '../../lib/build/link-check'

const site = (pages: Record<string, string>) => ({
  files: new Set(Object.keys(pages)),
  html: (f: string) => pages[f] ?? '',
})
const ORIGIN = 'http://127.0.0.1:4173'

describe('internal link check', () => {
  const pages = {
    '/index.html':
      '<a href="/topics/a/">A</a><a href="/topics/a/#signs">Signs</a><a href="https://example.org/x">out</a><a href="tel:911">911</a>',
    '/topics/a/index.html':
      '<h2 id="signs">Signs</h2><a href="#signs">again</a><a href="http://127.0.0.1:4173/topics/a/">canonical</a><link rel="icon" href="/icon.svg"/>',
    '/icon.svg': '',
  }
  it('passes a site whose links and fragments all resolve', () => {
    assert.deepEqual(findBrokenLinks(site(pages), ['/index.html', '/topics/a/index.html'], ORIGIN), [])
  })
  it('reports a link to a missing page', () => {
    const bad = { ...pages, '/index.html': '<a href="/topics/gone/">gone</a>' }
    assert.deepEqual(findBrokenLinks(site(bad), ['/index.html'], ORIGIN), [
      { page: '/index.html', href: '/topics/gone/', problem: 'no such file in out/' },
    ])
  })
  it('reports a fragment with no matching id, on the same page or another', () => {
    const bad = { ...pages, '/index.html': '<a href="/topics/a/#nope">x</a><a href="#missing">y</a>' }
    assert.deepEqual(
      findBrokenLinks(site(bad), ['/index.html'], ORIGIN).map((b) => b.problem),
      ['no element with id "nope" on /topics/a/index.html', 'no element with id "missing" on /index.html'],
    )
  })
  it('ignores text-fragment deep links and other sites', () => {
    const ok = {
      ...pages,
      '/index.html': '<a href="/topics/a/#:~:text=hello">x</a><a href="https://other.org/#nothing">y</a>',
    }
    assert.deepEqual(findBrokenLinks(site(ok), ['/index.html'], ORIGIN), [])
  })
})
