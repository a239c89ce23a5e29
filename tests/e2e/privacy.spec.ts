import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'
import { SITE_ORIGIN } from '../helpers/origins'
import { privacyProblems } from '../helpers/privacy'

// Every page, including the partner page (which frames our own embeds) and every embed.
for (const path of builtPages('all')) {
  test(`${path} makes no request elsewhere, sets no cookie, stores nothing, leaks no topic`, async ({
    sharedPage: page,
  }) => {
    const requests: string[] = []
    const listener = (r: { url: () => string }) => requests.push(r.url())
    page.context().on('request', listener)
    const response = await page.goto(path)
    await page.waitForLoadState('load')
    page.context().off('request', listener)
    const outboundLinks = await page
      .locator('a[href^="http"]')
      .evaluateAll(
        (as, origin) =>
          as
            .filter((a) => (a as HTMLAnchorElement).origin !== origin)
            .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
        SITE_ORIGIN,
      )
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))
    const cookies = (await page.context().cookies()).length
    const referrerPolicy = response?.headers()['referrer-policy'] ?? ''
    expect(
      privacyProblems({
        page: path,
        siteOrigin: SITE_ORIGIN,
        requests,
        cookies,
        storage,
        outboundLinks,
        referrerPolicy,
      }),
    ).toEqual([])
  })
}
