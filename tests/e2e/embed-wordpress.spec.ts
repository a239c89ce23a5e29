/**
 * Our embeds in WordPress, as an NGO editor gets them by pasting a page's address into a post:
 * the markup WordPress makes from our oEmbed JSON (tests/helpers/wordpress.ts, following
 * wp_filter_oembed_result) under WordPress's own host script, wp-embed.js (vendored with its
 * source and licence in tests/fixtures/hosts/vendor/wordpress/). WordPress sandboxes the frame
 * with `allow-scripts` only and caps its height at 1000 px.
 */
import { expect, test, type Page } from '@playwright/test'
import { builtPages } from '../helpers/built-pages'
import { embedFrame, hostPage, recordRequests } from '../helpers/embed'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'
import { fetchOembed, wordpressEmbedHtml, wordpressPost } from '../helpers/wordpress'
import { helpUrl, oembedUrl, pageUrl, routeKind } from '../../lib/routes'

const SECRET = 'Wp1Secret9'

/** A WordPress post embedding the page of `embedPath` (/embed/v1/…/<slug>/), from our oEmbed JSON. */
async function wordpressWith(page: Page, embedPath: string, name: string) {
  const { locale } = routeKind(embedPath)
  const slug = embedPath.split('/').at(-2)!
  const html = wordpressEmbedHtml(await fetchOembed(oembedUrl(locale, slug)), SECRET)
  await page.goto(await hostPage(page, name, wordpressPost(html)))
}

test('WordPress’s markup holds our frame: sandboxed, with its secret, hidden until the embed says its height', () => {
  const html = wordpressEmbedHtml(
    {
      type: 'rich',
      html: '<blockquote><a href="https://p.example/topics/a/">A</a></blockquote><iframe src="https://p.example/embed/v1/a/?via=oembed" title="A" width="600" height="1000" frameborder="0" scrolling="yes"></iframe>',
    },
    SECRET,
  )
  expect(html).toBe(
    `<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="https://p.example/topics/a/">A</a></blockquote>` +
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; visibility: hidden;" src="https://p.example/embed/v1/a/?via=oembed#?secret=${SECRET}" data-secret="${SECRET}" title="A" width="600" height="1000" frameborder="0" scrolling="yes"></iframe>`,
  )
  expect(() => wordpressEmbedHtml({ type: 'rich', html: '<div><iframe src="x"></iframe></div>' }, SECRET)).toThrow(
    /WordPress would strip div/,
  )
})

test('in WordPress the frame appears, sized by the height message and capped at 1000 px; no cookie, no third site', async ({
  page,
  context,
}) => {
  const seen = await recordRequests(context, page)
  await wordpressWith(page, '/embed/v1/overamping/', 'wp-size.html')
  const iframe = page.locator('iframe.wp-embedded-content')
  await expect(iframe).not.toHaveAttribute('style')
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden()
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
  await expect
    .poll(async () => Number(await iframe.getAttribute('height')))
    .toBe(Math.max(200, Math.min(1000, content)))
  expect(await context.cookies()).toEqual([])
  const origins = new Set(seen.map((r) => new URL(r.url).origin))
  expect([...origins].sort()).toEqual([HOST_ORIGIN, SITE_ORIGIN].sort())
  // The frame's document and its requests went to our site only.
  expect(seen.filter((r) => r.fromEmbed && r.url.startsWith(SITE_ORIGIN)).length).toBeGreaterThan(0)
})

test('in WordPress a citation points at our page’s list of sources, and a place’s help link opens our help page in the whole window', async ({
  page,
}) => {
  await wordpressWith(page, '/embed/v1/overamping/', 'wp-links.html')
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  // The card leaves the sources out, but a citation link points at our page's list all the same.
  const deep = frame.locator('a.deep-link').first()
  await expect(deep).toHaveAttribute('href', new RegExp(`^${SITE_ORIGIN}/topics/overamping/#ref-`))
  await expect(deep).not.toHaveAttribute('target')
  // The sandbox cannot navigate the host page; wp-embed.js does it for a link to the embed's own site.
  const place = frame.locator('.help-numbers a').first()
  await expect(place).not.toHaveAttribute('target')
  const placeHref = (await place.getAttribute('href'))!
  await place.click()
  await expect(page).toHaveURL(placeHref)
})

test('in WordPress the card’s link to the whole page opens it in the whole window', async ({ page }) => {
  await wordpressWith(page, '/embed/v1/ko/overamping/', 'wp-canonical.html')
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  await frame.locator('footer a.canonical-link').click()
  await expect(page).toHaveURL(`${SITE_ORIGIN}${pageUrl('ko', 'overamping')}`)
})

/**
 * WordPress caps the frame at 1000 px, so in WordPress every embed is a card
 * (lib/embed/child-script.js, styles/embed.css). For every page in every language, at a phone's
 * and a desktop's width: the card fits under the cap, so its licence footer is in the frame and
 * can be scrolled into view on the host page, and every emergency number is large text (the
 * sandbox cannot open tel: links) next to its place's link to our help page.
 */
const embeds = builtPages('embed').filter((p) => routeKind(p).kind === 'embed')

test('every page and language has a WordPress card to check', () => {
  expect(embeds.length).toBeGreaterThanOrEqual(63)
})

for (const width of [360, 1280]) {
  for (const path of embeds) {
    test(`in WordPress at ${width} px, ${path} is a card that fits, footer and numbers in reach`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await wordpressWith(page, path, `wp-${width}-${path.replace(/[^a-z0-9]+/gi, '-')}.html`)
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
