import { expect, test } from '@playwright/test'

test('an unknown address gets a kind 404 page with a way to help', async ({ page }) => {
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, we cannot find that page')
  await expect(page.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/topics/get-help/')
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/')
})
