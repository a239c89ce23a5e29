/** WordPress sandboxes oEmbed frames without popups; the embed speaks its protocol (tests/fixtures/hosts/wordpress.html). */
import { expect, test } from '@playwright/test'
import { embedFrame } from '../helpers/embed'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'

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

test('in WordPress, citation links go to our page’s list of sources through the host', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/wordpress.html`)
  const frame = await embedFrame(page, 'iframe.wp-embedded-content')
  const deep = frame.locator('a.deep-link').first()
  await expect(deep).toHaveAttribute('href', new RegExp(`^${SITE_ORIGIN}/topics/overamping/#ref-`))
  await expect(deep).not.toHaveAttribute('target')
  const href = (await deep.getAttribute('href'))!
  await deep.click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { __wpLinks: string[] }).__wpLinks)).toEqual([href])
  expect(page.url()).toBe(`${HOST_ORIGIN}/wordpress.html`)
})
