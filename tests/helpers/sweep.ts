/**
 * Fixtures for the per-page sweeps (axe, JavaScript off, citations …). They run one test per
 * built page, so a failure names its page; sharing one browser page per worker, rather than a new
 * context per test, keeps a sweep over every page affordable on two cores.
 */
import { test as base, type Page } from '@playwright/test'
import { SITE_ORIGIN } from './origins'

export const test = base.extend<object, { sharedPage: Page; noJsPage: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: SITE_ORIGIN })
      await use(await context.newPage())
      await context.close()
    },
    { scope: 'worker' },
  ],
  noJsPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: SITE_ORIGIN, javaScriptEnabled: false })
      await use(await context.newPage())
      await context.close()
    },
    { scope: 'worker' },
  ],
})

export { expect } from '@playwright/test'
