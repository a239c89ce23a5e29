/**
 * On-device search (issue 10), on the built site: Pagefind's index from our own origin answers
 * street names and everyday words in each language, the query never leaves the device (no
 * request elsewhere, nothing in the address, nothing stored), and without JavaScript the page is
 * the full topic index.
 */
import { expect, test } from '@playwright/test'
import { test as sweep } from '../helpers/sweep'
import { messages } from '../../lib/i18n'
import type { Locale } from '../../lib/model/taxonomy'
import { LOCALES } from '../../lib/model/taxonomy'
import { pageUrl, searchUrl } from '../../lib/routes'
import { SITE_ORIGIN } from '../helpers/origins'

/** What a reader types, and a page that must be among the first five found. */
const QUERIES: [Locale, string, string[]][] = [
  ['en', 'ice', ['meth-basics']],
  ['en', 'crystal', ['meth-basics']],
  ['en', 'tina', ['meth-basics']],
  ['en', 'speed', ['meth-basics', 'amphetamine']],
  ['en', 'overdose', ['overamping']],
  ['en', "can't sleep", ['meth-comedown-withdrawal', 'meth-short-term-effects']],
  ['en', 'heart racing', ['meth-short-term-effects']],
  ['zh-Hans', '冰毒', ['meth-basics']],
  ['zh-Hans', '溜冰', ['meth-basics']],
  ['ko', '필로폰', ['meth-basics']],
  ['ko', '빙두', ['meth-basics']],
]

for (const [locale, query, expected] of QUERIES) {
  test(`searching “${query}” (${locale}) finds ${expected.join(' or ')}, on the device`, async ({ page, context }) => {
    const elsewhere: string[] = []
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === SITE_ORIGIN) return route.continue()
      elsewhere.push(route.request().url())
      return route.abort()
    })
    const sent: string[] = []
    page.on('request', (r) => sent.push(decodeURIComponent(r.url())))
    await page.goto(searchUrl(locale))
    const start = page.url()
    await page.getByLabel(messages(locale).search.label).fill(query)
    await page.getByRole('button', { name: messages(locale).search.button }).click()
    const links = page.locator('#search-results .search-list a')
    await expect(links.first()).toBeVisible()
    const top = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 5)
    expect(
      top.some((href) => expected.some((slug) => href === pageUrl(locale, slug))),
      top.join(' '),
    ).toBe(true)
    // Nothing left the device: no other origin, the words in no request, the address unchanged.
    expect(elsewhere).toEqual([])
    for (const word of query.split(/\s+/)) expect(sent.filter((u) => u.includes(word))).toEqual([])
    expect(page.url()).toBe(start)
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
  })
}

test('a search that finds nothing says so, and points to the topic index', async ({ page }) => {
  await page.goto(searchUrl('en'))
  await page.getByLabel(messages('en').search.label).fill('zzzqqq')
  await page.getByLabel(messages('en').search.label).press('Enter')
  await expect(page.locator('#search-results')).toContainText('Nothing found for “zzzqqq”')
  await expect(page.locator('#search-results .search-list')).toHaveCount(0)
})

test('a search sent without JavaScript (?q=) is answered, then taken out of the address', async ({ page }) => {
  await page.goto(`${searchUrl('en')}?q=overdose`)
  await expect(page.locator('#search-results .search-list a').first()).toBeVisible()
  expect(new URL(page.url()).search).toBe('')
})

for (const locale of LOCALES) {
  sweep(`without JavaScript the ${locale} search page is the full topic index`, async ({ noJsPage: page }) => {
    await page.goto(searchUrl(locale))
    const topics = page.locator('main .topic-list a')
    expect(await topics.count()).toBeGreaterThanOrEqual(21)
    // Every page's header links to search as a plain link.
    await page.goto(pageUrl(locale, 'overamping'))
    await expect(page.locator('header').getByRole('link', { name: messages(locale).chrome.search })).toHaveAttribute(
      'href',
      searchUrl(locale),
    )
  })
}
