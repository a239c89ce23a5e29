/**
 * Review kits (/review/<slug>/) on the built site: one per topic page, listing exactly the claims
 * the page's open-data JSON publishes, each with its findings and a box for the reviewer's mark;
 * hidden from search engines, accessible, valid HTML, and printable without the site's chrome.
 */
import path from 'node:path'
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'
import { expect, test } from '../helpers/sweep'
import { axeViolations } from '../helpers/axe'
import { OUT, builtPages } from '../helpers/built-pages'
import { SAFETY_SCRIPT_URL } from '../../lib/routes'

interface JsonClaim {
  text: string
  sources: { source: string; finding: string }[]
}

const topics = builtPages('site')
  .filter((p) => /^\/topics\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[2]!)
const kits = builtPages('site').filter((p) => /^\/review\/[^/]+\/$/.test(p))

test('every topic page has a review kit, and there is no kit without a page', () => {
  expect(topics.length).toBeGreaterThan(10)
  expect(kits).toEqual(topics.map((slug) => `/review/${slug}/`).sort())
})

for (const slug of topics) {
  test(`review kit for ${slug}: every claim of its open data with its findings and a mark box; noindex; axe-clean`, async ({
    sharedPage: page,
  }) => {
    const json = (await (await page.request.get(`/api/v1/pages/${slug}.json`)).json()) as {
      sections: { claims: JsonClaim[] }[]
    }
    const claims = json.sections.flatMap((s) => s.claims)
    expect(claims.length).toBeGreaterThan(0)

    await page.goto(`/review/${slug}/`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    const rendered = await page.locator('.review-claim').evaluateAll((boxes) =>
      boxes.map((box) => ({
        text: box.querySelector('.review-claim__text')?.textContent ?? '',
        findings: [...box.querySelectorAll('.review-finding')].map((f) => f.getAttribute('data-finding')),
        deepLinks: [...box.querySelectorAll('.review-finding a.deep-link')].filter((a) =>
          (a.getAttribute('href') ?? '').includes('#:~:text='),
        ).length,
        marks: box.querySelectorAll('.review-mark .review-box').length,
        notes: box.querySelectorAll('.review-mark .review-note').length,
      })),
    )
    expect(rendered).toEqual(
      claims.map((c) => {
        const findings = [...new Set(c.sources.map((s) => `${s.source} ${s.finding}`))]
        return { text: c.text, findings, deepLinks: findings.length, marks: 3, notes: 1 }
      }),
    )
    // A kit is paper to mark by hand: nothing to submit, nothing that runs but every page's quick exit.
    expect(
      await page
        .locator(
          `form, input, textarea, select, button, script:not([type="application/ld+json"]):not([src="${SAFETY_SCRIPT_URL}"])`,
        )
        .count(),
    ).toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })
}

test('the list of review kits links every kit, is noindex and axe-clean, and the about page links it', async ({
  sharedPage: page,
}) => {
  await page.goto('/review/')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  const links = await page.locator('.review-index a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect([...links].sort()).toEqual(kits)
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/about/')
  await expect(page.locator('main a[href="/review/"]')).toHaveCount(1)
})

test('each topic page’s review-status line links its review kit', async ({ sharedPage: page }) => {
  for (const slug of topics) {
    await page.goto(`/topics/${slug}/`)
    await expect(page.locator(`.review-status a[href="/review/${slug}/"]`), slug).toHaveCount(1)
  }
})

test('review kits are valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader())
  const problems: string[] = []
  for (const kit of ['/review/', ...kits]) {
    const report = await validator.validateFile(path.join(OUT, kit, 'index.html'))
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${kit}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
  }
  expect(problems).toEqual([])
})

test('printing a review kit leaves off the site header and footer and keeps each claim box whole', async ({ page }) => {
  await page.goto('/review/overamping/')
  await expect(page.locator('.site-header')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.site-footer')).toBeHidden()
  await expect(page.locator('.review-claim').first()).toBeVisible()
  expect(
    await page
      .locator('.review-claim')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid')
  // The rule is scoped to kits: a topic page still prints with its header.
  await page.goto('/topics/overamping/')
  await expect(page.locator('.site-header')).toBeVisible()
})
