/** WordPress sandboxes oEmbed frames without popups; the embed speaks its protocol (tests/fixtures/hosts/wordpress.html). */
import { expect, test } from '@playwright/test'
import { builtPages } from '../helpers/built-pages'
import { embedFrame, hostPage } from '../helpers/embed'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'
import { helpUrl, routeKind } from '../../lib/routes'

test('in WordPress the frame appears, sized by the height message and capped at 1000 px', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/wordpress.html`)
  const iframe = page.locator('iframe.wp-embedded-content')
  await expect(iframe).not.toHaveAttribute('style')
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden()
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
  await expect
    .poll(async () => Number(await iframe.getAttribute('height')))
    .toBe(Math.max(200, Math.min(1000, content)))
})

test('in WordPress, links reach our site through the host; citations point at our page’s list of sources', async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/wordpress.html`)
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  // The card leaves the sources out, but a citation link points at our page's list all the same.
  const deep = frame.locator('a.deep-link').first()
  await expect(deep).toHaveAttribute('href', new RegExp(`^${SITE_ORIGIN}/topics/overamping/#ref-`))
  await expect(deep).not.toHaveAttribute('target')
  const links = () => page.evaluate(() => (window as unknown as { __wpLinks: string[] }).__wpLinks)
  // The links the card shows: a place's help section, then the whole page.
  const place = frame.locator('.help-numbers a').first()
  await expect(place).not.toHaveAttribute('target')
  const placeHref = (await place.getAttribute('href'))!
  await place.click()
  await expect.poll(links).toEqual([placeHref])
  await frame.locator('footer a.canonical-link').click()
  await expect.poll(links).toEqual([placeHref, `${SITE_ORIGIN}/topics/overamping/`])
  expect(page.url()).toBe(`${HOST_ORIGIN}/wordpress.html`)
})

/**
 * WordPress caps the frame at 1000 px and turns its scrolling off, so in WordPress every embed is
 * a card (lib/embed/child-script.js, styles/embed.css). For every page in every language, at a
 * phone's and a desktop's width: the card fits under the cap, so its licence footer is in the
 * frame and can be scrolled into view on the host page, and every emergency number is large text
 * (the sandbox cannot open tel: links) next to its place's link to our help page.
 */
const SECRET = 'Wp1Secret9'
const wordpressPost = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A WordPress post (emulated, test host)</title>` +
  // WordPress's block styles (block-library) keep an embed within the column: a 360 px phone gets a 344 px frame.
  `<style>.wp-block-embed{margin:0 0 1em}.wp-block-embed iframe{max-width:100%}</style></head><body><main><h1>Our blog post</h1><figure class="wp-block-embed is-type-rich">` +
  `<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${SITE_ORIGIN}/">Plainly</a></blockquote>` +
  `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="Plainly" src="${src}#?secret=${SECRET}" data-secret="${SECRET}" width="600" height="1000" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>` +
  `</figure></main><script src="/wp-embed-emulator.js"></script></body></html>`
const embeds = builtPages('embed').filter((p) => routeKind(p).kind === 'embed')

test('every page and language has a WordPress card to check', () => {
  expect(embeds.length).toBeGreaterThanOrEqual(63)
})

for (const width of [360, 1280]) {
  for (const path of embeds) {
    test(`in WordPress at ${width} px, ${path} is a card that fits, footer and numbers in reach`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      const name = `wp-${width}-${path.replace(/[^a-z0-9]+/gi, '-')}.html`
      await page.goto(await hostPage(page, name, wordpressPost(`${SITE_ORIGIN}${path}?via=oembed`)))
      const iframe = page.locator('iframe.wp-embedded-content')
      const frame = await embedFrame(page, 'iframe.wp-embedded-content')
      await expect(frame.locator('html')).toHaveClass(/\bwp-card\b/)
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
      expect(content, 'the card’s height').toBeLessThanOrEqual(1000)
      await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(Math.max(200, content))
      // The whole card is inside the frame WordPress gave it, so the reader can reach its end.
      const frameHeight = Number(await iframe.getAttribute('height'))
      const footer = frame.locator('footer.embed-attribution')
      expect(await footer.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(frameHeight)
      await footer.scrollIntoViewIfNeeded()
      const box = (await footer.boundingBox())!
      // (Within a pixel: the host rounds the frame's height.)
      expect(box.y + box.height, 'footer bottom on the host’s screen').toBeLessThanOrEqual(801)
      await expect(frame.locator('.embed-title')).toBeVisible()
      await expect(frame.locator('footer a.canonical-link')).toBeVisible()
      if (width === 360) expect(await iframe.evaluate((f) => f.getBoundingClientRect().width)).toBeLessThanOrEqual(360)
      // Numbers: text to read or copy, none a dead tel: link, each beside a link to its help section.
      expect(await frame.locator('a[href^="tel:"]').count()).toBe(0)
      const numbers = frame.locator('.help-numbers li')
      expect(await numbers.count()).toBeGreaterThanOrEqual(11)
      for (const item of await numbers.all()) {
        await expect(item.locator('.tel-text')).toBeVisible()
        await expect(item.locator('.tel-text')).toHaveText(/^[\d ()+-]+$/)
        await expect(item.locator('a')).toHaveAttribute(
          'href',
          new RegExp(`${helpUrl(routeKind(path).locale)}#help-[a-z]{2}$`),
        )
      }
    })
  }
}
