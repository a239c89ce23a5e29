/**
 * Offline when it matters (issue 10): after one visit, the emergency pages of the reader's
 * language (overamping and overdose, mental-health crisis, get help) open with no connection, with
 * every number they show online; other pages are not kept.
 *
 * "No connection" is made real: each test serves the site from its own server, which it shuts
 * down, and the browser is set offline too. So a page that opens afterwards came from the
 * service worker's copy, not from a network the browser could still reach.
 */
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { readGenerated } from '../../lib/build/data-files'
import { offlinePages } from '../../lib/build/offline-worker'
import { LOCALES } from '../../lib/model/taxonomy'
import { createStaticServer } from '../../lib/server/static-server'
import { pageUrl } from '../../lib/routes'

const KEPT = offlinePages(readGenerated(process.cwd()).pages)

/** The numbers a page offers to call: the tel: links and the numbers shown in the call box. */
const numbersOn = (page: Page) =>
  page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort())

/** Our built site on a server of this test's own, on a free port. */
async function ownServer() {
  const server = createStaticServer('out')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return { origin, stop }
}

/** Waits until the worker has copied every page it keeps for `locale`. */
async function waitForCopies(page: Page, paths: string[]) {
  await page.waitForFunction(async (wanted) => {
    const names = await caches.keys()
    const cache = names.find((n) => n.startsWith('plainly-offline-'))
    if (!cache || !navigator.serviceWorker.controller) return false
    const stored = (await (await caches.open(cache)).keys()).map((r) => new URL(r.url).pathname)
    return wanted.every((p) => stored.includes(p))
  }, paths)
}

test('every language has its emergency pages kept offline', () => {
  for (const locale of LOCALES) expect(KEPT[locale]?.length, locale).toBe(3)
})

for (const locale of LOCALES) {
  test(`${locale}: after one visit, the emergency pages read offline with their numbers`, async ({ browser }) => {
    const { origin, stop } = await ownServer()
    const context = await browser.newContext({ baseURL: origin })
    const page = await context.newPage()
    const paths = KEPT[locale]!
    try {
      // One visit, to any page in the language: here the home page's first topic, not an emergency page.
      await page.goto(pageUrl(locale, 'meth-basics'))
      await waitForCopies(page, paths)
      const online = new Map<string, (string | null)[]>()
      for (const p of paths) {
        await page.goto(p)
        online.set(p, await numbersOn(page))
      }
      await stop()
      await context.setOffline(true)

      for (const p of paths) {
        await page.goto(p)
        await expect(page.locator('h1')).toBeVisible()
        const numbers = await numbersOn(page)
        expect(numbers.length, `${p} offline shows numbers`).toBeGreaterThan(0)
        expect(numbers, `${p} offline shows the same numbers as online`).toEqual(online.get(p))
      }
      await page.reload()
      await expect(page.locator('h1')).toBeVisible()
      const stored = await page.evaluate(async () => {
        const names = await caches.keys()
        const cache = await caches.open(names.find((n) => n.startsWith('plainly-offline-'))!)
        return (await cache.keys()).map((r) => new URL(r.url).pathname).sort()
      })
      expect(stored).toEqual([...paths, '/safety.js'].sort())
      // Only the emergency pages are kept: any other page needs the network.
      await expect(page.goto(pageUrl(locale, 'treatment'))).rejects.toThrow()
    } finally {
      await context.close()
      await stop().catch(() => undefined)
    }
  })
}
