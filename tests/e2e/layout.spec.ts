import { expect, test } from '@playwright/test'
import { builtPages } from '../helpers/built-pages'

const pages = builtPages('site')

test('"Get help now" is in the same place on every page (WCAG 3.2.6)', async ({ page }) => {
  // One test visits every page: its time grows with the site (review kits doubled the topic count).
  test.setTimeout(Math.max(60_000, pages.length * 1_500))
  await page.setViewportSize({ width: 390, height: 800 })
  let first: { x: number; y: number } | undefined
  for (const path of pages) {
    await page.goto(path)
    const link = page.locator('header').getByRole('link', { name: 'Get help now' })
    await expect(link, path).toHaveAttribute('href', '/topics/get-help/')
    const box = (await link.boundingBox())!
    first ??= { x: box.x, y: box.y }
    expect({ path, x: Math.round(box.x), y: Math.round(box.y) }).toEqual({ path, x: Math.round(first.x), y: Math.round(first.y) })
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
