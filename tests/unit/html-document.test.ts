import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits, idsOf, isDataBlock, parseHtml, runnableScripts, urlsOf } from '../../lib/html/document'

describe('the HTML toolkit sees markup as a browser does', () => {
  it('finds scripts in any case and spacing, with the exact text a browser runs and hashes', () => {
    const html = '<p>a</p><SCRIPT Data-Keep>alert(1)</script ><script\ntype="module" >b()</SCRIPT>'
    const scripts = runnableScripts(parseHtml(html))
    assert.deepEqual(
      scripts.map((s) => s.text),
      ['alert(1)', 'b()'],
    )
    assert.ok(scripts[0]!.attrs.has('data-keep'))
    assert.equal(html.slice(scripts[1]!.start, scripts[1]!.end), '<script\ntype="module" >b()</SCRIPT>')
  })
  it('does not mistake script-like text for a script (comments, attribute values, other elements’ text)', () => {
    const doc = parseHtml(
      '<!-- <script>x()</script> --><p title="<script>y()</script>">&lt;script&gt;</p><textarea><script>z()</script></textarea>',
    )
    assert.deepEqual(runnableScripts(doc), [])
  })
  it('reads a script that hides a closing tag in a string exactly as the browser splits it', () => {
    const doc = parseHtml('<script>var s="</script><script>evil()</script>"</script>')
    assert.deepEqual(
      runnableScripts(doc).map((s) => s.text),
      ['var s="', 'evil()'],
    )
  })
  it('tells JSON data blocks from scripts, whatever the case of the type', () => {
    const [a, b, c] = parseHtml(
      '<script type="application/ld+json">{}</script><script type="Application/JSON">{}</script><script type="text/javascript">1</script>',
    ).elements.filter((e) => e.tag === 'script')
    assert.deepEqual([isDataBlock(a!), isDataBlock(b!), isDataBlock(c!)], [true, true, false])
  })
  it('decodes attribute values once, and lists ids and URLs', () => {
    const doc = parseHtml(
      '<a href="/x/?a=1&amp;b=2" id="one">x</a><img src="/i.svg" alt=""><form action="/f/"></form><h2 id="two">t</h2>',
    )
    assert.deepEqual(
      urlsOf(doc).map((u) => u.url),
      ['/x/?a=1&b=2', '/i.svg', '/f/'],
    )
    assert.deepEqual([...idsOf(doc)], ['one', 'two'])
  })
  it('edits splice the original text, keeping every other byte (and dropping edits inside removed ranges)', () => {
    const html =
      '<!DOCTYPE html><html><head></head><body><div hidden=""><!--$--></div><p class=x>Keep  this &amp; that</p></body></html>'
    const doc = parseHtml(html)
    const div = doc.elements.find((e) => e.tag === 'div')!
    const out = applyEdits(html, [
      { start: div.start, end: div.end, text: '' },
      { start: doc.comments[0]!.start, end: doc.comments[0]!.end, text: '' },
    ])
    assert.equal(out, '<!DOCTYPE html><html><head></head><body><p class=x>Keep  this &amp; that</p></body></html>')
  })
})
