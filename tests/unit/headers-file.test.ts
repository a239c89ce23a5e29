import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatHeadersFile, headersFor, parseHeadersFile, patternMatches } from '../../lib/headers/headers-file'

describe('_headers files', () => {
  it('round-trips rules', () => {
    const rules = [{ pattern: '/embed/*', headers: [['X-A', '1'] as [string, string]], detach: ['X-Frame-Options'] }]
    assert.deepEqual(parseHeadersFile(formatHeadersFile(rules, 'made by a test')), rules)
  })
  it('matches splats and placeholders like Cloudflare', () => {
    assert.ok(patternMatches('/embed/*', '/embed/v1/a/'))
    assert.ok(patternMatches('/topics/:slug/', '/topics/x/'))
    assert.ok(!patternMatches('/topics/:slug/', '/topics/x/y/'))
  })
  it('joins a header set by two matching rules, which is how two CSPs reach one response', () => {
    const rules = parseHeadersFile('/*\n  Content-Security-Policy: a\n/embed/*\n  Content-Security-Policy: b\n')
    assert.equal(headersFor(rules, '/embed/x/').get('content-security-policy'), 'a, b')
    assert.equal(headersFor(rules, '/about/').get('content-security-policy'), 'a')
  })
})
