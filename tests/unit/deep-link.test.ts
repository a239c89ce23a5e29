import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { encodeFragmentText, textFragmentUrl } from '../../lib/citations/deep-link'

describe('text-fragment deep links', () => {
  it('appends #:~:text= with the anchor percent-encoded', () => {
    assert.equal(
      textFragmentUrl('https://a.org/p/', 'overheating, heart attacks'),
      'https://a.org/p/#:~:text=overheating%2C%20heart%20attacks',
    )
  })
  it('encodes the characters the spec reserves: dash, comma and ampersand', () => {
    assert.equal(encodeFragmentText('24-hour & free, always'), '24%2Dhour%20%26%20free%2C%20always')
  })
  it('keeps an existing fragment and adds the directive after it', () => {
    assert.equal(textFragmentUrl('https://a.org/p#faq', 'call us'), 'https://a.org/p#faq:~:text=call%20us')
  })
  it('encodes Korean and Chinese anchors as UTF-8', () => {
    assert.equal(
      textFragmentUrl('https://a.kr/', '국번 없이'),
      'https://a.kr/#:~:text=%EA%B5%AD%EB%B2%88%20%EC%97%86%EC%9D%B4',
    )
  })
  it('collapses whitespace and leaves the URL alone for an empty anchor', () => {
    assert.equal(encodeFragmentText('  a \n b '), 'a%20b')
    assert.equal(textFragmentUrl('https://a.org/', '  '), 'https://a.org/')
  })
})
