/**
 * An NGO's web editor follows only the partner page: choose a page, copy the code, paste it into
 * their own site (another origin). These tests prove what that editor and their visitors get.
 */
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from '../helpers/axe'
import { embedFrame, heightGap, hostPage, recordRequests, wrapHost } from '../helpers/embed'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'
import { LOCAL_COUNTRIES, LOCALES } from '../../lib/model/taxonomy'
import { digitsOf, labelDigits } from '../../lib/phone'
import { embedUrl, helpUrl, routeKind } from '../../lib/routes'
import { builtPages } from '../helpers/built-pages'

/** The code the partner page gives for a page, exactly as a person would copy it. */
async function snippetFromPartnerPage(page: Page, slug: string, options: { theme?: string } = {}): Promise<string> {
  await page.goto(`${SITE_ORIGIN}/embed/`)
  await page.locator('#eb-page').selectOption(slug)
  if (options.theme) await page.getByRole('radio', { name: options.theme }).check()
  await expect(page.locator('#eb-snippet')).toContainText(`/embed/v1/${slug}/`)
  return (await page.locator('#eb-snippet').textContent())!
}

test('the partner page’s code, pasted into another site, shows the page with its attribution', async ({ page }) => {
  const snippet = await snippetFromPartnerPage(page, 'overamping')
  expect(snippet).toContain('referrerpolicy="no-referrer"')
  expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"')
  await page.goto(await hostPage(page, 'ngo.html', wrapHost(snippet)))
  const frame = await embedFrame(page)
  await expect(frame.getByRole('heading', { name: 'Overamping and overdose: what to do' })).toBeVisible()
  const canonical = frame.locator('footer a.canonical-link')
  await expect(canonical).toHaveAttribute('href', `${SITE_ORIGIN}/topics/overamping/`)
  await expect(frame.locator('footer')).toContainText('Last reviewed:')
  await expect(frame.locator('footer')).toContainText('Content version:')
  await expect(frame.locator('footer')).toContainText('CC BY 4.0')
  await expect(frame.locator('ol.references > li').first()).toBeAttached()
  // Outside the frame, the snippet's own source line keeps the credit even if the frame is blocked.
  await expect(page.locator('main > p', { hasText: 'Source:' })).toContainText('CC BY 4.0')
  // The iframe's title equals the embedded document's title (WCAG H64).
  expect(await page.locator('iframe').getAttribute('title')).toBe(await frame.title())
})

for (const width of [320, 768, 1280]) {
  test(`the frame is the height of its content (within 2 px) at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${HOST_ORIGIN}/plain.html`)
    const url = await hostPage(
      page,
      'sized.html',
      wrapHost(
        await (async () => {
          const p = await page.context().newPage()
          const s = await snippetFromPartnerPage(p, 'mixing')
          await p.close()
          return s
        })(),
      ),
    )
    await page.goto(url)
    const frame = await embedFrame(page)
    await expect.poll(() => heightGap(page, frame), { timeout: 10_000 }).toBeLessThanOrEqual(2)
    // No scrollbar inside: the host confirmed a height that holds it all, so the frame dropped its own.
    await expect(frame.locator('html')).toHaveClass(/\bsized\b/)
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1),
    ).toBe(true)
  })
}

test('resize.js ignores a page from another site that took over the frame', async ({ page }) => {
  // Pasted without the sandbox, so the frame's document has our origin (the src's) and sizes it.
  const frameHtml = `<iframe src="${SITE_ORIGIN}/embed/v1/overamping/" title="Overamping" style="border:0;width:100%" height="300" data-plainly-embed></iframe><script src="${SITE_ORIGIN}/embed/v1/resize.js" referrerpolicy="no-referrer"></script>`
  await page.goto(await hostPage(page, 'takeover.html', wrapHost(frameHtml)))
  const iframe = page.locator('iframe[data-plainly-embed]')
  await expect
    .poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height), { timeout: 10_000 })
    .toMatch(/^\d+px$/)
  const sized = await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)
  expect(sized).not.toBe('5000px')
  // Another site's page in the same window posts a resize and a scroll, as often as it likes.
  const attacker = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><script>setInterval(function () { parent.postMessage({ type: 'plainly-embed', v: 1, event: 'height', height: 5000 }, '*'); parent.postMessage({ type: 'plainly-embed', v: 1, event: 'scrollTo', top: 250 }, '*') }, 50)</script></body></html>`
  const attackerUrl = await hostPage(page, 'takeover-frame.html', attacker)
  await page.evaluate(() => {
    const w = window as unknown as { seen: number }
    w.seen = 0
    window.addEventListener('message', (e) => {
      if (e.origin === location.origin && e.source === document.querySelector('iframe')!.contentWindow) w.seen++
    })
  })
  // (Setting location.href is what a parent may do across origins; a link in the frame could do the same.)
  await iframe.evaluate((f: HTMLIFrameElement, url: string) => {
    f.contentWindow!.location.href = url
  }, attackerUrl)
  // The messages do arrive from the frame's window (so the test is not vacuous)…
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: number }).seen), { timeout: 10_000 })
    .toBeGreaterThan(10)
  // …and resize.js, seeing another origin, acts on none of them.
  expect(await iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(sized)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})

test('visitors get no cookies, no storage, no request to a third site and no Referer', async ({ page, context }) => {
  const seen = await recordRequests(context, page)
  const snippet = await snippetFromPartnerPage(page, 'meth-basics')
  seen.length = 0
  await page.goto(await hostPage(page, 'private.html', wrapHost(snippet)))
  const frame = await embedFrame(page)
  await frame.locator('sup.cite a').first().click()
  expect(await context.cookies()).toEqual([])
  // The sandbox gives the frame an opaque origin: cookies and storage are not just empty, they are refused.
  const tryRead = (what: 'cookie' | 'localStorage' | 'sessionStorage') =>
    frame.evaluate((w) => {
      try {
        return w === 'cookie' ? `readable:${document.cookie}` : `readable:${window[w].length}`
      } catch {
        return 'blocked'
      }
    }, what)
  expect(await tryRead('cookie')).toBe('blocked')
  expect(await tryRead('localStorage')).toBe('blocked')
  expect(await tryRead('sessionStorage')).toBe('blocked')
  for (const s of seen) expect([SITE_ORIGIN, HOST_ORIGIN], s.url).toContain(new URL(s.url).origin)
  const fromEmbed = seen.filter((s) => s.fromEmbed)
  expect(fromEmbed.length).toBeGreaterThan(0)
  for (const s of fromEmbed) expect(new URL(s.url).origin).toBe(SITE_ORIGIN)
  // The iframe document itself and everything it loads travel without a Referer.
  for (const s of seen.filter((x) => new URL(x.url).origin === SITE_ORIGIN)) expect(s.referer, s.url).toBeUndefined()
})

test('links in the frame open a new tab and leave the host page where it was', async ({ page, context }) => {
  await recordRequests(context, page)
  await page.goto(await hostPage(page, 'links.html', wrapHost(await snippetFromPartnerPage(page, 'overamping'))))
  const frame = await embedFrame(page)
  const external = frame.locator('a[href^="http"]')
  for (const a of await external.all()) {
    await expect(a).toHaveAttribute('target', '_blank')
    await expect(a).toHaveAttribute('rel', /noopener/)
    await expect(a).toContainText('(opens in a new tab)')
  }
  const deep = frame.locator('a.deep-link').first()
  const href = (await deep.getAttribute('href'))!
  const hostUrl = page.url()
  // The new tab asks for the source (the test network refuses to fetch it, which is fine).
  const [popup, navigation] = await Promise.all([
    context.waitForEvent('page'),
    context.waitForEvent('request', (r) => r.isNavigationRequest() && r.url() === href.split('#')[0]),
    deep.click(),
  ])
  expect(popup).not.toBe(page)
  expect(navigation.headers()['referer']).toBeUndefined()
  expect(page.url()).toBe(hostUrl)
})

test('axe finds nothing inside the frame, or on the host page around it', async ({ page }) => {
  await page.goto(await hostPage(page, 'axe.html', wrapHost(await snippetFromPartnerPage(page, 'get-help'))))
  const frame = await embedFrame(page)
  expect(await axeViolations(frame)).toEqual([])
  expect(await axeViolations(page)).toEqual([])
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  test('the frame shows its content at its fixed height and scrolls', async ({ page }) => {
    await page.goto(
      await hostPage(
        page,
        'nojs.html',
        wrapHost(
          `<iframe src="${SITE_ORIGIN}/embed/v1/treatment/" title="t" width="100%" height="1000" style="border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-plainly-embed></iframe>`,
        ),
      ),
    )
    const frame = await embedFrame(page)
    await expect(frame.getByRole('heading', { level: 2, name: 'Treatment that works for stimulants' })).toBeVisible()
    expect(Math.round((await page.locator('iframe').boundingBox())!.height)).toBe(1000)
    const footer = frame.locator('footer.embed-attribution')
    await expect(footer).not.toBeInViewport()
    await footer.scrollIntoViewIfNeeded()
    await expect(footer).toBeInViewport()
  })
})

test('a frame given less height than its content keeps its scrollbar, so its end stays in reach', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  // A host that caps every frame at 600 px and says so (as resize.js does at its own limit).
  const capping = `<script>addEventListener('message', function (e) { var f = document.querySelector('iframe'); if (e.source !== f.contentWindow || !e.data || e.data.type !== 'plainly-embed') return; if (e.data.event === 'ready') f.contentWindow.postMessage({ type: 'plainly-embed', v: 1, event: 'init' }, '*'); if (e.data.event === 'height') { f.style.height = '600px'; f.contentWindow.postMessage({ type: 'plainly-embed', v: 1, event: 'resized', height: 600 }, '*') } })</script>`
  const frameHtml = `<iframe src="${SITE_ORIGIN}/embed/v1/get-help/" title="Get help" style="border:0;width:100%" height="1000" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-plainly-embed></iframe>`
  await page.goto(await hostPage(page, 'capping.html', wrapHost(frameHtml + capping)))
  const iframe = page.locator('iframe')
  await expect.poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe('600px')
  const frame = await embedFrame(page)
  await expect(frame.locator('h2.embed-title')).toBeVisible()
  // Give the child time to act on the confirmation, then check it kept its scrollbar.
  await page.waitForTimeout(300)
  await expect(frame.locator('html')).not.toHaveClass(/\bsized\b/)
  const scrolled = await frame.evaluate(() => {
    const root = document.scrollingElement!
    root.scrollTop = root.scrollHeight
    return root.scrollTop
  })
  expect(scrolled, 'the frame scrolls').toBeGreaterThan(1000)
  await expect(frame.locator('footer.embed-attribution')).toBeInViewport()
})

// Every embed's help box carries the emergency numbers, the reader's own places first; where the
// sandbox lets a number open (our snippet), it is a tap-to-call link dialling exactly what it shows.
for (const locale of LOCALES) {
  test(`the help box in a ${locale} embed lists every place’s emergency number, its own places first`, async ({
    page,
  }) => {
    await page.goto(`${SITE_ORIGIN}${embedUrl(locale, 'meth-basics')}`)
    const items = page.locator('.help-box .help-numbers li')
    expect(await items.count()).toBeGreaterThanOrEqual(11)
    const places: string[] = []
    for (const item of await items.all()) {
      const place = (await item.locator('a').first().getAttribute('href'))!
      expect(place).toMatch(new RegExp(`^${SITE_ORIGIN}${helpUrl(locale)}#help-[a-z]{2}$`))
      places.push(place.slice(-2).toUpperCase())
      const tel = item.locator('a[href^="tel:"]')
      const shown = await tel.innerText()
      expect(labelDigits(shown)).toContain(digitsOf((await tel.getAttribute('href'))!.slice('tel:'.length)))
    }
    const own = LOCAL_COUNTRIES[locale]
    expect(places.slice(0, own.length)).toEqual([...own])
  })
}

/**
 * Every page in every language, pasted with our snippet (resize.js), at a phone's and a desktop's
 * width: the frame grows to its content and the reader can scroll the host page down to the
 * embed's licence footer. The longest page (get-help) is far taller than any screen.
 */
const embeds = builtPages('embed').filter((p) => routeKind(p).kind === 'embed')
for (const width of [360, 1280]) {
  for (const path of embeds) {
    test(`with our snippet at ${width} px, ${path} can be scrolled to its licence footer`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      const frameHtml =
        `<iframe src="${SITE_ORIGIN}${path}" title="Plainly" width="100%" height="1000" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;display:block;width:100%;max-width:100%" data-plainly-embed></iframe>` +
        `<script src="${SITE_ORIGIN}/embed/v1/resize.js" async referrerpolicy="no-referrer"></script>`
      const name = `snippet-${width}-${path.replace(/[^a-z0-9]+/gi, '-')}.html`
      await page.goto(await hostPage(page, name, wrapHost(frameHtml)))
      const frame = await embedFrame(page)
      await expect.poll(() => heightGap(page, frame), { timeout: 15_000 }).toBeLessThanOrEqual(2)
      await expect(frame.locator('html')).toHaveClass(/\bsized\b/)
      const footer = frame.locator('footer.embed-attribution')
      await footer.scrollIntoViewIfNeeded()
      const box = (await footer.boundingBox())!
      expect(box.y, 'footer top on the host’s screen').toBeGreaterThanOrEqual(0)
      expect(box.y + box.height, 'footer bottom on the host’s screen').toBeLessThanOrEqual(801)
      await expect(footer.locator('a.canonical-link')).toBeVisible()
    })
  }
}
