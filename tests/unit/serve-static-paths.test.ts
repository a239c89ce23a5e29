/** The static server's path rules (lib/server/), one function at a time. */
import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parseRequestPath, sameOriginLocation } from '../../lib/server/request-path'
import { isInside } from '../../lib/server/resolve-file'

describe('parseRequestPath', () => {
  it('decodes once into one canonical path', () => {
    assert.deepEqual(parseRequestPath('/topics/%E4%B8%AD/?a=1'), {
      ok: true,
      pathname: '/topics/中/',
      segments: ['topics', '中'],
      search: '?a=1',
    })
    assert.deepEqual(parseRequestPath('/'), { ok: true, pathname: '/', segments: [], search: '' })
    // "%252f" decodes to the name "%2f", not to a slash.
    assert.deepEqual(parseRequestPath('/%252f_headers'), {
      ok: true,
      pathname: '/%2f_headers',
      segments: ['%2f_headers'],
      search: '',
    })
  })

  it('refuses what a browser would never send, with 400', () => {
    for (const t of [
      '/%2f_headers',
      '/a%5Cb',
      '/a\\b',
      '/x%0d%0aSet-Cookie:a',
      '/%00',
      '/%c2%85',
      '/..',
      '/a/./b',
      '/a/%2e%2e/b',
      '//evil.example',
      '/a//b',
      '/%zz',
      '/%e4%b8',
      '/%c0%af',
      'http://evil.example/',
      '*',
      '/\xe4',
      '/a b',
      '/a#b',
    ]) {
      assert.deepEqual(parseRequestPath(t), { ok: false, status: 400 }, t)
    }
    assert.deepEqual(parseRequestPath(`/${'a'.repeat(3000)}`), { ok: false, status: 414 })
  })

  it('drops a query that could not go into a header as it is', () => {
    const r = parseRequestPath('/a?\xe4\x01')
    assert.ok(r.ok && r.search === '')
  })
})

describe('sameOriginLocation', () => {
  it('re-encodes each segment and never starts with //', () => {
    assert.equal(sameOriginLocation(['topics', '中'], '?x=%0d%0a', true), '/topics/%E4%B8%AD/?x=%0d%0a')
    assert.equal(sameOriginLocation(['evil.example'], '', true), '/evil.example/')
    assert.equal(sameOriginLocation([], '', true), '/')
    // An empty segment cannot come from parseRequestPath; if one ever did, refuse rather than send "//".
    assert.throws(() => sameOriginLocation(['', 'evil.example'], '', true))
  })
})

describe('isInside', () => {
  it('uses a separator boundary, so a sibling sharing the prefix is outside', () => {
    const root = path.resolve('/srv/site/out')
    assert.equal(isInside(root, root), true)
    assert.equal(isInside(root, path.join(root, 'topics', 'a.html')), true)
    assert.equal(isInside(root, path.resolve('/srv/site/out-private/secret.txt')), false)
    assert.equal(isInside(root, path.resolve('/srv/site')), false)
    assert.equal(isInside(root, path.join(root, '..', 'out', '..x')), true)
  })
})
