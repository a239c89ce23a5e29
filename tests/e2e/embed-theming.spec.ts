/** Theming is an allow-list: theme, accent (contrast-checked), fs, hl, compact. Anything else changes nothing. */
import { expect, test, type Page } from '@playwright/test'
import { embedFrame } from '../helpers/embed'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'

const embedded = async (page: Page, query: string) => {
  await page.goto(`${SITE_ORIGIN}/embed/v1/meth-basics/?${query}`)
  return page
}
const style = (page: Page, selector: string, prop: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop)

test('theme=dark gives a dark page, and the default is light', async ({ page }) => {
  await embedded(page, 'theme=dark')
  expect(await style(page, 'body', 'background-color')).toBe('rgb(18, 18, 18)')
  await embedded(page, '')
  expect(await style(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)')
})

test('theme=auto follows the reader’s dark setting, on a dark host page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${HOST_ORIGIN}/dark.html`)
  const frame = await embedFrame(page)
  expect(await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
  expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)')
})

test('fs=1.25 scales the text and hl=1 starts the headings at h1 (large-type host)', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/bigfont.html`)
  const frame = await embedFrame(page)
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px')
  await expect(frame.locator('h1.embed-title')).toHaveText('Mixing meth with other drugs')
  expect(await frame.locator('h2').count()).toBeGreaterThan(0)
})

test('an accent colour is used only when it is readable', async ({ page }) => {
  await embedded(page, 'accent=%238a0010')
  expect(await style(page, '.embed-attribution a', 'color')).toBe('rgb(138, 0, 16)')
  await embedded(page, 'accent=%23ffff00')
  expect(await style(page, '.embed-attribution a', 'color')).toBe('rgb(11, 87, 164)')
})

test('unknown or invalid options change nothing', async ({ page }) => {
  await embedded(page, '')
  const before = await page.evaluate(() => [
    document.documentElement.outerHTML.length,
    getComputedStyle(document.documentElement).fontSize,
    getComputedStyle(document.body).backgroundColor,
  ])
  await embedded(page, 'accent=red;}&fs=9&hl=7&theme=purple&compact=yes&css=body{display:none}&bg=transparent')
  const after = await page.evaluate(() => [
    document.documentElement.outerHTML.length,
    getComputedStyle(document.documentElement).fontSize,
    getComputedStyle(document.body).backgroundColor,
  ])
  expect(after).toEqual(before)
})

test('compact=1 hides the summary but never the sources or attribution', async ({ page }) => {
  await embedded(page, 'compact=1')
  await expect(page.locator('.lead')).toBeHidden()
  await expect(page.locator('ol.references')).toBeVisible()
  await expect(page.locator('footer.embed-attribution')).toBeVisible()
})
