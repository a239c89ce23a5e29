/** Response headers: from out/_headers (lib/headers/policy.ts), applied by our server as a host would. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { headersFor, parseHeadersFile } from '../../lib/headers/headers-file'
import { OUT } from '../helpers/built-pages'
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/origins'

const rules = () => parseHeadersFile(fs.readFileSync(path.join(OUT, '_headers'), 'utf8'))
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}
const urlPaths = () => walk(OUT).map((f) => `/${path.relative(OUT, f).split(path.sep).join('/')}`).flatMap((p) => (p.endsWith('/index.html') ? [p, p.replace(/index\.html$/, '')] : [p]))

test('no response gets two Content-Security-Policies, and every HTML page gets exactly one', () => {
  const r = rules()
  for (const p of urlPaths()) {
    const csp = headersFor(r, p).get('content-security-policy') ?? ''
    // Two rules setting a CSP are joined with a comma: two policies, both enforced.
    const policies = csp ? csp.split(/,\s*(?=default-src)/).length : 0
    expect(policies, p).toBeLessThanOrEqual(1)
    if (p.endsWith('/') || p.endsWith('.html')) expect(policies, p).toBe(1)
  }
})

test('embeds may be framed anywhere; every other page nowhere', () => {
  const r = rules()
  for (const p of urlPaths().filter((x) => x.endsWith('/') || x.endsWith('.html'))) {
    const h = headersFor(r, p)
    const embed = /^\/embed\/v1\/[^/]+\/(index\.html)?$/.test(p)
    expect(h.get('content-security-policy'), p).toContain(embed ? 'frame-ancestors *' : "frame-ancestors 'none'")
    expect(h.has('x-frame-options'), p).toBe(!embed)
    expect(h.get('referrer-policy'), p).toBe('no-referrer')
    expect(h.get('x-content-type-options'), p).toBe('nosniff')
    expect(h.get('strict-transport-security'), p).toContain('max-age=')
    expect(h.get('permissions-policy'), p).toContain('camera=()')
    if (embed) expect(h.get('x-robots-tag'), p).toBe('noindex')
  }
})

test('an embed response carries exactly the embed headers', async ({ request }) => {
  const res = await request.get('/embed/v1/overamping/')
  const all = res.headersArray()
  expect(all.filter((h) => h.name.toLowerCase() === 'content-security-policy')).toHaveLength(1)
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

test('a normal page refuses to be framed by another site', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/frames-canonical.html`)
  const frame = await (await page.locator('#canonical').elementHandle())!.contentFrame()
  await page.waitForTimeout(500)
  // The browser shows its own error page in the frame, never our content.
  expect(await frame!.locator('text=Overamping and overdose').count()).toBe(0)
  expect(frame!.url()).not.toBe(`${SITE_ORIGIN}/topics/overamping/`)
  expect((await page.request.get('/topics/overamping/')).headers()['content-security-policy']).toContain("frame-ancestors 'none'")
})
