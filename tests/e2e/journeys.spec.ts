/** The journeys the product exists for, as a frightened reader on a phone makes them. */
import { expect, test } from '@playwright/test'
import { digitsOf, labelDigits } from '../../lib/phone'

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

test('from the home page, the overdose steps are one tap away (at most two)', async ({ page }) => {
  await page.goto('/')
  const link = page.getByRole('link', { name: /Overamping and overdose/ }).first()
  await expect(link).toBeInViewport()
  await link.tap()
  await expect(page).toHaveURL(/\/topics\/overamping\/$/)
  // The first thing to do is on the first screen, below the quick exit: the call box's heading and its first numbers.
  const callBox = page.locator('main .panel--urgent').first()
  await expect(callBox.locator('h2')).toBeInViewport({ ratio: 1 })
  for (const tel of await callBox
    .locator('a[href^="tel:"]')
    .all()
    .then((all) => all.slice(0, 3)))
    await expect(tel).toBeInViewport({ ratio: 1 })
  const exitBottom = (await page.locator('.quick-exit').boundingBox())!
  expect((await callBox.locator('h2').boundingBox())!.y).toBeGreaterThanOrEqual(exitBottom.y + exitBottom.height)
})

test('"Get help now" reaches a chosen country’s lines, with tel: links that dial the number shown', async ({
  page,
}) => {
  await page.goto('/topics/mixing/')
  await page.getByRole('link', { name: 'Get help now' }).tap()
  await page
    .getByRole('navigation', { name: /Choose your country/ })
    .getByRole('link', { name: 'South Korea' })
    .tap()
  await expect(page).toHaveURL(/#help-kr$/)
  const section = page.locator('#help-kr')
  await expect(section.getByRole('heading', { name: 'South Korea' })).toBeInViewport()
  const tel = section.locator('a[href^="tel:"]')
  expect(await tel.count()).toBeGreaterThan(0)
  for (const a of await tel.all()) {
    const dial = digitsOf((await a.getAttribute('href'))!.slice('tel:'.length))
    const shown = await a.innerText()
    // Exactly the number shown (as printed, or its keypad letters as digits): never a part of it.
    expect(labelDigits(shown), `"${shown}" dials ${dial}`).toContain(dial)
  }
})

test('every country the help page lists has a section with at least one service', async ({ page }) => {
  await page.goto('/topics/get-help/')
  const countries = await page
    .getByRole('navigation', { name: /Choose your country/ })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  expect(countries.length).toBe(11)
  for (const id of countries) expect(await page.locator(`${id} article.resource`).count(), id).toBeGreaterThan(0)
})

test('every cell of the mixing table links to its reference', async ({ page }) => {
  await page.goto('/topics/mixing/')
  const rows = page.locator('main table tbody tr')
  expect(await rows.count()).toBeGreaterThan(4)
  for (const row of await rows.all()) {
    const cells = row.locator('td')
    for (let c = 1; c < (await cells.count()); c++) {
      const markers = cells.nth(c).locator('sup.cite a')
      expect(await markers.count(), `${await row.locator('td').first().innerText()}, column ${c + 1}`).toBeGreaterThan(
        0,
      )
      for (const m of await markers.all()) expect(await page.locator((await m.getAttribute('href'))!).count()).toBe(1)
    }
  }
})
