import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { ksesStrips } from '../helpers/wordpress'
import { oembedJson } from '../../lib/embed/snippet'
import { LOCALES } from '../../lib/model/taxonomy'

const DIR = path.join(process.cwd(), 'tests', 'fixtures', 'hosts', 'vendor', 'wordpress')
/** SHA-256 of wp-includes/js/wp-embed.js, WordPress 6.7-alpha-58716 (see README.md there). */
const ORIGINAL_SHA256 = 'ee9b5fcac9bb9f60a37f706a18796315313cce6cf182e1815027b876c6365cd1'

describe('the vendored WordPress host script', () => {
  it('is WordPress’s file byte for byte below our header, with its licence beside it', () => {
    const text = fs.readFileSync(path.join(DIR, 'wp-embed.js'), 'utf8')
    const header = /^\/\*[\s\S]*?\*\/\n/.exec(text)![0]
    assert.match(header, /GPL-2\.0-or-later/)
    assert.match(header, /6\.7-alpha-58716/)
    assert.equal(createHash('sha256').update(text.slice(header.length)).digest('hex'), ORIGINAL_SHA256)
    assert.match(
      fs.readFileSync(path.join(DIR, 'LICENSE'), 'utf8'),
      /GNU GENERAL PUBLIC LICENSE\s+Version 2, June 1991/,
    )
  })
  it('our oEmbed html uses only what WordPress keeps (else its kses filter would strip it)', () => {
    for (const locale of LOCALES)
      assert.deepEqual(ksesStrips(oembedJson({ title: 'T', locale, slug: 'overamping' }).html), [], locale)
    assert.deepEqual(ksesStrips('<p><iframe src="x" sandbox="allow-same-origin"></iframe></p>'), [
      'p',
      'iframe@sandbox',
    ])
  })
})
