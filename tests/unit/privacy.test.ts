import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { privacyProblems, type PrivacyObservation } from '../helpers/privacy'

const clean: PrivacyObservation = {
  page: '/topics/overamping/',
  siteOrigin: 'http://127.0.0.1:4173',
  requests: ['http://127.0.0.1:4173/topics/overamping/', 'http://127.0.0.1:4173/icon.svg'],
  cookies: 0,
  storage: { local: 0, session: 0 },
  outboundLinks: [{ href: 'https://stopoverdose.org/basics/?id=1', rel: 'noreferrer' }],
  referrerPolicy: 'no-referrer',
}

describe('privacy sweep', () => {
  it('passes a page that keeps the promise', () => assert.deepEqual(privacyProblems(clean), []))
  it('fails a request to another site (e.g. a font or analytics host)', () => {
    assert.deepEqual(
      privacyProblems({ ...clean, requests: [...clean.requests, 'https://fonts.example.com/a.woff2'] }),
      ['request to another site: https://fonts.example.com/a.woff2'],
    )
  })
  it('fails cookies and storage', () => {
    assert.equal(privacyProblems({ ...clean, cookies: 1, storage: { local: 2, session: 0 } }).length, 2)
  })
  it('fails a link that carries the topic, or sends a Referer', () => {
    const problems = privacyProblems({
      ...clean,
      referrerPolicy: 'strict-origin-when-cross-origin',
      outboundLinks: [{ href: 'https://share.example.com/?u=overamping', rel: '' }],
    })
    assert.equal(problems.length, 3)
  })
})
