import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'
import type { Page } from '@playwright/test'
import { messages } from '../../lib/i18n'
import { helpUrl, homeUrl, OVERDOSE_SLUG, pageUrl, routeKind } from '../../lib/routes'
import { LOCALES, type Locale } from '../../lib/model/taxonomy'

const pages = builtPages('site')

/** Where the header's "Get help now" link sits on a page, at a phone's width, named and aimed in the page's language. */
async function helpLinkPlace(page: Page, path: string) {
  const { locale } = routeKind(path)
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(path)
  const link = page.locator('header').getByRole('link', { name: messages(locale).chrome.getHelpNow })
  await expect(link, path).toHaveAttribute('href', helpUrl(locale))
  const box = (await link.boundingBox())!
  return { x: Math.round(box.x), y: Math.round(box.y) }
}

// One test per page, so the sweep holds at thousands of pages and a failure names its page. Each
// page is held to its own language's home page: a label's length differs between languages, and a
// reader keeps to one language.
test.describe('"Get help now" is in the same place on every page (WCAG 3.2.6)', () => {
  const homes = new Map<Locale, { x: number; y: number }>()
  test.beforeAll(async ({ sharedPage }) => {
    for (const locale of new Set(pages.map((p) => routeKind(p).locale)))
      homes.set(locale, await helpLinkPlace(sharedPage, homeUrl(locale)))
  })
  for (const path of pages) {
    test(`${path} has it where its language's home page has it`, async ({ sharedPage }) => {
      expect(await helpLinkPlace(sharedPage, path)).toEqual(homes.get(routeKind(path).locale))
    })
  }
})

for (const locale of LOCALES)
  test(`the skip link is the first thing a keyboard reaches, and it moves focus to the content (${locale})`, async ({
    page,
  }) => {
    await page.goto(pageUrl(locale, OVERDOSE_SLUG))
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: messages(locale).chrome.skipLink })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })
