import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { writeOgImages } from '../../lib/build/og-images'
import { headersFor } from '../../lib/headers/headers-file'
import { routeClasses, toHeaderRules } from '../../lib/headers/policy'
import { cardPng } from '../../lib/og/card-png'
import { cardColours } from '../../lib/og/colours'
import { fontsFor } from '../../lib/og/fonts'
import { widthEm, wrapTitle } from '../../lib/og/wrap'
import { absoluteUrl, ogImageUrl } from '../../lib/routes'
import { ogLocale, previewMetadata } from '../../lib/og/tags'

const ROOT = process.cwd()

/** Width and height from a PNG's IHDR chunk, after checking the signature and the chunk's name. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature')
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('og:locale in the language_TERRITORY form, from the catalogue', () => {
  it('maps each published locale', () => {
    assert.equal(ogLocale('en'), 'en_GB')
    assert.equal(ogLocale('zh-Hans'), 'zh_CN')
    assert.equal(ogLocale('ko'), 'ko_KR')
  })
})

describe('previewMetadata (spread by pageMetadata): link-preview tags', () => {
  for (const [locale, others, own, alternate] of [
    ['en', ['zh-Hans', 'ko'], 'en_GB', ['zh_CN', 'ko_KR']],
    ['ko', ['en'], 'ko_KR', ['en_GB']],
  ] as const) {
    it(`${locale}: og:locale, og:locale:alternate, og:image and the large Twitter card`, () => {
      const page = { locale, slug: 'get-help', title: 'T', summary: 'S', url: 'https://x.example/topics/get-help/' }
      const meta = previewMetadata({ ...page, otherLocales: others })
      const og = meta.openGraph as Record<string, unknown>
      assert.equal(og.locale, own)
      assert.deepEqual(og.alternateLocale, alternate)
      assert.equal(og.url, page.url)
      const image = { url: absoluteUrl(ogImageUrl(locale, 'get-help')), width: 1200, height: 630, alt: 'T' }
      assert.deepEqual(og.images, [image])
      assert.match(image.url, locale === 'en' ? /^https?:\/\/[^/]+\/og\/get-help\.png$/ : /\/og\/ko\/get-help\.png$/)
      const twitter = meta.twitter as Record<string, unknown>
      assert.equal(twitter.card, 'summary_large_image')
      assert.deepEqual(twitter.images, [image])
    })
  }
  it('has no og:locale:alternate for a page in one language only', () => {
    const meta = previewMetadata({ locale: 'en', slug: 'a', title: 'T', summary: 'S', url: 'u', otherLocales: [] })
    assert.ok(!('alternateLocale' in (meta.openGraph as object)))
  })
})

describe('the card renderer', () => {
  const colours = cardColours(ROOT)
  for (const [lang, title] of [
    ['en', 'Meth and pregnancy: what we know about the risks, and where to get help'],
    ['ko', '메스암페타민과 임신: 위험에 대해 알려진 것과 도움을 받을 곳'],
  ] as const) {
    it(`draws a valid 1200×630 PNG for a ${lang} title`, () => {
      const start = performance.now()
      const png = cardPng({ siteName: 'Plainly', title, lang }, colours)
      console.log(`  ${lang} card: ${Math.round(performance.now() - start)} ms, ${png.length} bytes`)
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 })
      // Flat colour compresses to almost nothing: drawn title glyphs at least double the bytes of a
      // card without a title (this fails when no font has the script's glyphs).
      const untitled = cardPng({ siteName: 'Plainly', title: '', lang }, colours)
      assert.ok(png.length > 2 * untitled.length, `${png.length} vs ${untitled.length} bytes: the title was not drawn`)
    })
  }

  it('takes its colours from styles/tokens.css, and says which token is missing', () => {
    assert.deepEqual(colours, { bg: '#ffffff', fg: '#1b1b1b', band: '#0b57a4', bandText: '#ffffff' })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-'))
    fs.mkdirSync(path.join(dir, 'styles'))
    fs.writeFileSync(path.join(dir, 'styles/tokens.css'), ':root { --urgent-bg-light: #fde8e8; }')
    assert.throws(() => cardColours(dir), /styles\/tokens\.css: no colour --bg-light/)
  })

  it('writes one PNG per page where ogImageUrl points', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'og-out-'))
    const report = writeOgImages(out, ROOT, [
      { locale: 'en', slug: 'a', title: 'Short' },
      { locale: 'zh-Hans', slug: 'b', title: '冰毒与怀孕' },
    ])
    assert.equal(report.images, 2)
    for (const url of [ogImageUrl('en', 'a'), ogImageUrl('zh-Hans', 'b')])
      assert.deepEqual(pngSize(fs.readFileSync(path.join(out, url))), { width: 1200, height: 630 })
  })
})

describe('headers of the images', () => {
  it('are served as PNG, usable by any origin, with no page CSP', () => {
    const url = ogImageUrl('ko', 'get-help')
    const hashes = { siteScripts: [], siteStyles: [], embedScripts: [], embedStyles: [] }
    const h = headersFor(toHeaderRules(routeClasses(hashes, [url])), url)
    assert.equal(h.get('content-type'), 'image/png')
    assert.equal(h.get('cross-origin-resource-policy'), 'cross-origin')
    assert.equal(h.get('x-content-type-options'), 'nosniff')
    assert.equal(h.get('content-security-policy'), undefined)
  })
})

describe('fontsFor: one font file per script, or the system fonts', () => {
  it('finds the Debian file for the script and puts its family first', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'))
    fs.mkdirSync(path.join(dir, 'noto'))
    fs.writeFileSync(path.join(dir, 'noto', 'NotoSansCJK-Bold.ttc'), '')
    const ko = fontsFor('ko', [dir])
    assert.deepEqual(ko.files, [path.join(dir, 'noto', 'NotoSansCJK-Bold.ttc')])
    assert.equal(ko.families[0], 'Noto Sans CJK KR')
    assert.equal(fontsFor('zh-Hans', [dir]).families[0], 'Noto Sans CJK SC')
  })
  it('asks for the system fonts when the file is not there', () => {
    assert.deepEqual(fontsFor('en', []).files, [])
    assert.equal(fontsFor('en', []).families[0], 'DejaVu Sans')
  })
})

describe('wrapTitle: lines that fit the card', () => {
  it('breaks English between words and ends an overlong title with …', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten', 8, 2)
    assert.equal(lines.length, 2)
    assert.ok(lines.every((l) => widthEm(l) <= 8))
    assert.ok(lines[1]!.endsWith('…'))
    assert.ok(!lines[0]!.includes('…') && lines[0]!.startsWith('one two'))
  })
  it('breaks Chinese between characters and Korean between words', () => {
    assert.deepEqual(wrapTitle('冰毒与怀孕冰毒与怀孕', 4, 5), ['冰毒与怀', '孕冰毒与', '怀孕'])
    assert.deepEqual(wrapTitle('도움을 받을 곳', 4, 5), ['도움을', '받을 곳'])
  })
  it('cuts a single word longer than a line', () => {
    const lines = wrapTitle('Methamphetamine', 4, 10)
    assert.ok(lines.length > 1 && lines.every((l) => widthEm(l) <= 4))
    assert.equal(lines.join(''), 'Methamphetamine')
  })
})
