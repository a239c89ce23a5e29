/** Helpers for embed tests: a host page on another site, and a record of every request made. */
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Frame, Page } from '@playwright/test'
import { HOST_ORIGIN, SITE_ORIGIN } from './origins'

export interface SeenRequest {
  url: string
  fromEmbed: boolean
  referer?: string
}

/**
 * Records every request in the context, and aborts any to a third origin (there is no network
 * here, and a request elsewhere is itself a failure the tests report).
 */
export async function recordRequests(context: BrowserContext, page: Page): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = []
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin
    return origin === SITE_ORIGIN || origin === HOST_ORIGIN ? route.continue() : route.abort()
  })
  page.on('request', (r) => {
    let fromEmbed = false
    try {
      fromEmbed = r.frame() !== page.mainFrame()
    } catch {
      // A request for a new frame's document may have no frame yet.
    }
    seen.push({ url: r.url(), fromEmbed, referer: r.headers()['referer'] })
  })
  return seen
}

const GENERATED = path.join(process.cwd(), 'tests', 'fixtures', 'hosts', '.generated')

/**
 * Makes `html` a page of the host site (another origin): written where the host server serves
 * it, so the browser treats it like any real site (a page Playwright fulfils itself counts as
 * "public" to Chromium's local-network checks, which then block the local embed).
 */
export async function hostPage(_page: Page, name: string, html: string): Promise<string> {
  fs.mkdirSync(GENERATED, { recursive: true })
  fs.writeFileSync(path.join(GENERATED, name), html)
  return `${HOST_ORIGIN}/.generated/${name}`
}

export const wrapHost = (body: string, title = 'An NGO page (test host)') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>Our services</h1><p>Text of the NGO's own page.</p>${body}</main></body></html>`

export async function embedFrame(page: Page, selector = 'iframe[data-plainly-embed]'): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle()
  const frame = await handle!.contentFrame()
  await frame!.waitForLoadState('load')
  return frame!
}

/** |iframe height − content height| once the resize script has settled. */
export async function heightGap(page: Page, frame: Frame, selector = 'iframe[data-plainly-embed]'): Promise<number> {
  const box = await page.locator(selector).boundingBox()
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
  return Math.abs(box!.height - content)
}
