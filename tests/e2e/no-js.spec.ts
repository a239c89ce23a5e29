import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'

test.describe('with JavaScript turned off', () => {
  for (const path of builtPages('all')) {
    test(`${path} reads in full`, async ({ noJsPage: page }) => {
      await page.goto(path)
      // Site pages start at h1; embeds at h2 (the host page has the h1).
      await expect(page.locator('h1, h2.embed-title').first()).toBeVisible()
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(100)
      // The end of the page (sources, footer) is there too: nothing waits for a script to load it.
      const footer = page.locator('body footer').last()
      await footer.scrollIntoViewIfNeeded()
      await expect(footer).toBeVisible()
      if (await page.locator('.references').count()) await expect(page.locator('.references li').last()).toBeAttached()
    })
  }
})
