/** Response headers: from out/_headers (lib/headers/policy.ts), applied by our server as a host would. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { headerProblems } from '../../lib/headers/check'
import { parseHeadersFile } from '../../lib/headers/headers-file'
import { OUT } from '../helpers/built-pages'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'
import { urlPathOf, walkFiles } from '../../lib/fs-walk'

/** Every URL a host would serve from out/: each file, and each directory page as /x/ (hosts read, never serve, their own config files). */
const HOST_CONFIG = ['/_headers', '/vercel.json']
const urlPaths = () =>
  walkFiles(OUT)
    .map((f) => urlPathOf(OUT, f))
    .filter((p) => !HOST_CONFIG.includes(p))
    .flatMap((p) => (p.endsWith('/index.html') ? [p, p.replace(/index\.html$/, '')] : [p]))

test('every file in out/ gets one CSP at most, HTML exactly one, embeds frameable and nothing else', () => {
  const paths = urlPaths()
  expect(paths.length).toBeGreaterThan(300)
  expect(headerProblems(parseHeadersFile(fs.readFileSync(path.join(OUT, '_headers'), 'utf8')), paths)).toEqual([])
})

test('an embed response carries exactly the embed headers', async ({ request }) => {
  const res = await request.get('/embed/v1/overamping/')
  expect(res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1)
  const h = res.headers()
  expect(h['content-security-policy']).toContain('frame-ancestors *')
  expect(h['content-security-policy']).toMatch(/script-src 'sha256-[^']+'/)
  expect(h['x-frame-options']).toBeUndefined()
  expect(h['set-cookie']).toBeUndefined()
  expect(h['referrer-policy']).toBe('no-referrer')
  expect(h['x-robots-tag']).toBe('noindex')
  const js = await request.get('/embed/v1/resize.js')
  expect(js.headers()['access-control-allow-origin']).toBe('*')
  expect(js.headers()['content-type']).toContain('text/javascript')
})

test('the site CSP allows the inlined stylesheet by hash, and the page renders styled under it', async ({ page }) => {
  const res = await page.goto('/topics/overamping/')
  expect(res!.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-[^']+'/)
  // The skip link is hidden off-screen by the stylesheet: proof the CSP did not block it.
  expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0)
})

test('the host configuration files are not served', async ({ request }) => {
  for (const p of HOST_CONFIG) expect((await request.get(p)).status(), p).toBe(404)
})

test('a normal page refuses to be framed by another site', async ({ page }) => {
  const framed = `${SITE_ORIGIN}/topics/overamping/`
  // The frame was asked for and answered (with our CSP) before we look: no fixed wait.
  const response = page.waitForResponse(framed)
  await page.goto(`${HOST_ORIGIN}/frames-canonical.html`) // resolves on the host's load event, which waits for the frame
  const csp = (await response).headers()['content-security-policy']
  expect(csp).toContain("frame-ancestors 'none'")
  // The browser has put its own error page in the frame (a state we wait for), never our content.
  // The frame is looked up on each try: Chromium may swap it for a new one while it blocks the page.
  const children = () => page.frames().filter((f) => f !== page.mainFrame())
  await expect.poll(() => children().map((f) => f.url())).toEqual([expect.stringMatching(/^chrome-error:/)])
  expect(await children()[0]!.locator('text=Overamping and overdose').count()).toBe(0)
})
