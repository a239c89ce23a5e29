/**
 * Chinese and Korean text renders with real glyphs, not boxes (issue 9), at 360 px, the width of a
 * cheap phone. The site ships no fonts: it names the readers' system fonts (styles/content.css), and
 * CI installs Debian's Noto CJK (.ci/run). Without a CJK font every character draws as the same
 * "tofu" box, so two different characters, drawn in the page's own font, must look different, and
 * neither may look like a character no font has (U+E000, private use).
 */
import { expect, test } from '@playwright/test'
import { pageUrl } from '../../lib/routes'

const SAMPLES = [
  { locale: 'zh-Hans', a: '冰', b: '毒' },
  { locale: 'ko', a: '필', b: '뽕' },
] as const

test.use({ viewport: { width: 360, height: 740 } })

for (const { locale, a, b } of SAMPLES) {
  test(`${locale}: characters render as distinct glyphs at 360 px`, async ({ page }, info) => {
    await page.goto(pageUrl(locale, 'overamping'))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    const heading = page.locator('h1')
    await expect(heading).toBeVisible()
    // Draw samples in the heading's own font, beside it, big enough to compare.
    await heading.evaluate(
      (h, chars) => {
        for (const [i, c] of chars.entries()) {
          const span = document.createElement('span')
          span.id = `glyph-${i}`
          span.textContent = c
          span.style.cssText =
            'display:inline-block;font-size:48px;line-height:1;padding:4px;background:#fff;color:#000'
          h.after(span)
        }
      },
      [a, b, '\uE000'],
    )
    const [glyphA, glyphB, tofu] = await Promise.all([0, 1, 2].map((i) => page.locator(`#glyph-${i}`).screenshot()))
    expect(Buffer.compare(glyphA!, glyphB!), `${a} and ${b} draw the same: no ${locale} font`).not.toBe(0)
    expect(Buffer.compare(glyphA!, tofu!), `${a} draws like a missing glyph`).not.toBe(0)
    await info.attach(`${locale}-360.png`, {
      body: await page.screenshot({ fullPage: false }),
      contentType: 'image/png',
    })
  })
}
