import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'
import type { Page } from '@playwright/test'

const pages = builtPages('site')

/** Where the header's "Get help now" link sits on a page, at a phone's width. */
async function helpLinkPlace(page: Page, path: string) {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(path)
  const link = page.locator('header').getByRole('link', { name: 'Get help now' })
  await expect(link, path).toHaveAttribute('href', '/topics/get-help/')
  const box = (await link.boundingBox())!
  return { x: Math.round(box.x), y: Math.round(box.y) }
}

// One test per page, so the sweep holds at thousands of pages and a failure names its page.
test.describe('"Get help now" is in the same place on every page (WCAG 3.2.6)', () => {
  let home: { x: number; y: number }
  test.beforeAll(async ({ sharedPage }) => {
    home = await helpLinkPlace(sharedPage, '/')
  })
  for (const path of pages) {
    test(`${path} has it where the home page has it`, async ({ sharedPage }) => {
      expect(await helpLinkPlace(sharedPage, path)).toEqual(home)
    })
  }
})

test('the skip link is the first thing a keyboard reaches, and it moves focus to the content', async ({ page }) => {
  await page.goto('/topics/overamping/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
