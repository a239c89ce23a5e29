/**
 * Urgent advice, as a frightened reader on a cheap phone meets it (issue: emergency advice to
 * first-aid standard). The advice is written once (content/urgent/en.yaml); these tests check what
 * the built pages really show: the call box first, every covered place's number dialling exactly
 * what it shows, steps that read as steps, and citations grouped as "[1, 2]".
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { COUNTRIES } from '../../lib/model/taxonomy'
import { findForbidden } from '../../lib/forbidden-numbers'
import { messages } from '../../lib/i18n'

interface BuiltPage {
  slug: string
  locale: string
  urgency: string
  url: string
  body: { raw: string }
}
interface BuiltResource {
  id: string
  country: string
  kind: string
  contacts: { method: string; value: string; label: string }[]
}
const generated = <T>(type: string): T[] =>
  JSON.parse(fs.readFileSync(path.join('.contentlayer', 'generated', type, '_index.json'), 'utf8')) as T[]
const pages = generated<BuiltPage>('Page')
const urgentPages = pages.filter((p) => p.urgency === 'urgent')
/** The call box's last line in a page's language, from its urgent advice (content/urgent/<locale>.yaml). */
const elsewhere = (locale: string) =>
  generated<{ locale: string; items: { id: string; text: string }[] }>('Urgent')
    .find((u) => u.locale === locale)!
    .items.find((i) => i.id === 'elsewhere')!.text
const emergency = generated<BuiltResource>('Resource').filter((r) => r.kind === 'emergency')

test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true })

test('there are urgent pages to test, and every covered place has an emergency number', () => {
  expect(urgentPages.length).toBeGreaterThanOrEqual(3)
  expect(new Set(emergency.map((r) => r.country))).toEqual(new Set(Object.keys(COUNTRIES)))
})

for (const p of urgentPages) {
  test(`${p.url}: the first screen at 360 px is the call box, with numbers to tap`, async ({ page }) => {
    await page.goto(p.url)
    const box = page.locator('main #call-now')
    await expect(box).toBeVisible()
    // Nothing but the title comes between the page top and the call box.
    const before = await page.locator('main article > *').evaluateAll((els) => {
      const out: string[] = []
      for (const el of els) {
        if (el.id === 'call-now') break
        out.push(el.tagName)
      }
      return out
    })
    expect(before).toEqual(['H1'])
    const top = (await box.boundingBox())!.y
    expect(top, 'the call box starts on the first screen').toBeLessThan(640 * 0.6)
    await expect(box.locator('a[href^="tel:"]').first()).toBeInViewport()
  })

  test(`${p.url}: every covered place's emergency number, dialling exactly what it shows`, async ({ page }) => {
    await page.goto(p.url)
    const links = page.locator('#call-now .emergency-numbers a[href^="tel:"]')
    expect(await links.count()).toBe(Object.keys(COUNTRIES).length)
    const shown = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })),
    )
    for (const r of emergency) {
      const phone = r.contacts.find((c) => c.method === 'phone')!
      expect(shown, `${r.country} ${phone.label}`).toContainEqual({ href: `tel:${phone.value}`, text: phone.label })
    }
    await expect(page.locator('#call-now')).toContainText(elsewhere(p.locale))
  })

  test(`${p.url}: each call sign and each step carries one citation group`, async ({ page }) => {
    await page.goto(p.url)
    const items = page.locator('[data-urgent] [data-item]')
    expect(await items.count()).toBeGreaterThan(5)
    for (const n of await items.evaluateAll((els) => els.map((el) => el.querySelectorAll(':scope sup.cite').length)))
      expect(n).toBe(1)
    // A group with two sources reads "[a, b]", each number a link to its reference.
    const group = page.locator('[data-item="breathing"] sup.cite').first()
    expect(
      (await group.innerText())
        .replace(new RegExp(messages(p.locale).citations.marker.trim(), 'g'), '')
        .replace(/\s+/g, ' ')
        .replace('[ ', '['),
    ).toMatch(/^\[\d+(, \d+)+\]$/)
    for (const a of await group.locator('a').all()) {
      const target = (await a.getAttribute('href'))!
      await expect(page.locator(target)).toHaveCount(1)
    }
  })
}

for (const p of pages) {
  test(`${p.url}: no adjacent citation markers such as [1][2], and no do-not-publish number`, async ({ page }) => {
    await page.goto(p.url)
    // Two markers with nothing but white space between them should have been one group.
    const adjacent = await page.locator('sup.cite').evaluateAll(
      (sups) =>
        sups.filter((el) => {
          let n = el.nextSibling
          while (n && n.nodeType === Node.TEXT_NODE && !n.textContent!.trim()) n = n.nextSibling
          return n instanceof Element && n.matches('sup.cite')
        }).length,
    )
    expect(adjacent).toBe(0)
    const tels = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)))
    for (const t of tels) expect(findForbidden(t), `dials ${t}`).toEqual([])
    expect(findForbidden(await page.locator('main').innerText()).map((f) => f.digits)).toEqual([])
  })
}

test('the overdose steps follow the lay standard: hands-only CPR with an AED, no pulse check, recovery position', async ({
  page,
}) => {
  await page.goto('/topics/overamping/')
  const steps = page.locator('[data-urgent="first-aid"]')
  await expect(steps.locator('[data-group="cpr"]')).toContainText('defibrillator')
  await expect(steps.locator('[data-group="cpr"]')).toContainText('You do not need to give breaths')
  await expect(steps.locator('[data-group="recovery"] ol li')).toHaveCount(6)
  // The page's own advice (not the quoted findings in its sources list) has no pulse check and no waiting time.
  for (const part of await page.locator('main article > :not(.references-section)').allInnerTexts()) {
    expect(part).not.toMatch(/pulse/i)
    expect(part).not.toMatch(/more than an hour/i)
  }
})

test('pages that talk about low mood or crisis show crisis lines for every covered place', async ({ page }) => {
  for (const url of ['/topics/meth-comedown-withdrawal/', '/topics/mental-health-crisis/']) {
    await page.goto(url)
    const nav = page.getByRole('navigation', { name: /Choose your country/ })
    expect(await nav.getByRole('link').count(), url).toBe(Object.keys(COUNTRIES).length)
    await expect(page.locator('main')).toContainText('109')
    await expect(page.locator('main')).toContainText('1925')
  }
})

test('an embed’s help box lists the same call signs as the site', async ({ page }) => {
  await page.goto('/embed/v1/mixing/')
  const box = page.locator('.help-box')
  await box.locator('summary').click()
  await expect(box.locator('li')).toContainText(['They have chest pain.'])
})
