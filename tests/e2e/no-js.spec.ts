import { expect, test } from '@playwright/test'
import { builtPages } from '../helpers/built-pages'

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false })
  for (const path of builtPages('site')) {
    test(`${path} reads in full`, async ({ page, browser }) => {
      await page.goto(path)
      await expect(page.locator('h1')).toBeVisible()
      const withoutJs = await page.locator('main').innerText()
      // The same page with JavaScript on must show exactly the same text: nothing depends on scripts.
      const context = await browser.newContext({ javaScriptEnabled: true })
      const withJs = await (await context.newPage()).goto(new URL(path, page.url()).href).then((r) => r!.frame().locator('main').innerText())
      await context.close()
      expect(withoutJs).toBe(withJs)
      expect(withoutJs.length).toBeGreaterThan(100)
    })
  }
})
