/**
 * "Leave this site" (issue 10, "Leave fast"): on every page, always on a phone's screen, it
 * replaces the page with an everyday site without leaving it in the back history, also with
 * Escape pressed twice; without JavaScript it is a plain link; it stores nothing; embeds leave it
 * out (their sandboxes cannot navigate the host page).
 *
 * The everyday sites are other origins this machine cannot reach, so each test answers them with
 * a stand-in page: what matters is that the browser went there, and how.
 */
import { expect, test, type Page } from '@playwright/test'
import { messages } from '../../lib/i18n'
import { LOCALES } from '../../lib/model/taxonomy'
import { embedUrl, helpUrl, homeUrl, pageUrl, sitePageUrl } from '../../lib/routes'

const NEUTRAL = 'An ordinary site'

/** Answers every locale's everyday site with a stand-in page. */
async function standIn(page: Page) {
  for (const locale of LOCALES)
    await page.route(`${messages(locale).chrome.quickExitTo}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${NEUTRAL}</title><h1>${NEUTRAL}</h1>` }),
    )
}

for (const locale of LOCALES) {
  const m = messages(locale).chrome
  test.describe(`quick exit (${locale})`, () => {
    test('stays on a phone screen while the reader scrolls, on every kind of page', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 })
      for (const path of [
        homeUrl(locale),
        pageUrl(locale, 'meth-basics'),
        helpUrl(locale),
        sitePageUrl(locale, 'about'),
      ]) {
        await page.goto(path)
        const exit = page.getByRole('link', { name: m.quickExit })
        await expect(exit).toHaveCount(1)
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
        await page.waitForFunction(() => window.scrollY > 0)
        await expect(exit).toBeInViewport({ ratio: 1 })
        const box = (await exit.boundingBox())!
        expect(box.height, `${path}: a target a thumb can hit`).toBeGreaterThanOrEqual(24)
      }
    })

    test('replaces the page, so Back returns to the page before it, not to this one', async ({ page }) => {
      await standIn(page)
      await page.goto(homeUrl(locale))
      await page.goto(pageUrl(locale, 'meth-dependence'))
      const before = await page.evaluate(() => history.length)
      await page.getByRole('link', { name: m.quickExit }).click()
      await expect(page).toHaveTitle(NEUTRAL)
      expect(page.url()).toBe(m.quickExitTo)
      expect(await page.evaluate(() => history.length), 'no new history entry').toBe(before)
      await page.goBack()
      await expect(page).toHaveURL(new RegExp(`${homeUrl(locale)}$`))
    })

    test('Escape pressed twice leaves; pressed once it does not', async ({ page }) => {
      await standIn(page)
      await page.goto(helpUrl(locale))
      await page.keyboard.press('Escape')
      await page.waitForTimeout(1700)
      await page.keyboard.press('Escape')
      await page.waitForTimeout(300)
      expect(page.url(), 'two presses far apart are two single presses').toContain(helpUrl(locale))
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
      await expect(page).toHaveTitle(NEUTRAL)
      expect(page.url()).toBe(m.quickExitTo)
    })
  })
}

test('leaving stores nothing: no cookie, no local or session storage', async ({ page, context }) => {
  await standIn(page)
  await page.goto(pageUrl('en', 'overamping'))
  await page.getByRole('link', { name: messages('en').chrome.quickExit }).click()
  await expect(page).toHaveTitle(NEUTRAL)
  await page.goto(pageUrl('en', 'overamping'))
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('it is a plain link to the everyday site that sends no Referer', async ({ page }) => {
    await standIn(page)
    for (const locale of LOCALES) {
      const m = messages(locale).chrome
      await page.goto(pageUrl(locale, 'overamping'))
      const exit = page.getByRole('link', { name: m.quickExit })
      await expect(exit).toHaveAttribute('href', m.quickExitTo)
      await expect(exit).toHaveAttribute('rel', 'noreferrer')
    }
    await page.getByRole('link', { name: messages('ko').chrome.quickExit }).click()
    await expect(page).toHaveTitle(NEUTRAL)
  })
})

test('embeds leave it out: their sandbox cannot navigate the host page', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(embedUrl(locale, 'overamping'))
    await expect(page.locator('[data-quick-exit]')).toHaveCount(0)
    await expect(page.getByText(messages(locale).chrome.quickExit, { exact: true })).toHaveCount(0)
  }
})
