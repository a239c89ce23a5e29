/**
 * Print and hand out (issue 10 §3), on the built site in Chromium: every handout in every language
 * printed to PDF on A4 and on Letter stays within its page limit (overdose: one sheet, both sides
 * at most; the others one side) and carries, in the PDF's own text, every number the data says it
 * must show; /handouts/ lists them all; a topic page printed drops the site's navigation, writes
 * out link addresses, keeps its sources and has every emergency number on its first page.
 */
import { expect, test, type Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { builtPages } from '../helpers/built-pages'
import { emergencyNumberLabels, handoutNumbers } from '../helpers/content-data'
import { messages } from '../../lib/i18n'
import { LOCALES } from '../../lib/model/taxonomy'
import { handoutsUrl, localeSegment, OVERDOSE_SLUG, pageUrl, routeKind } from '../../lib/routes'

const FORMATS = ['A4', 'Letter'] as const
/**
 * The limits: the overdose sheet may use both sides of one sheet; the others one side if
 * they can. The mental-health crisis sheet may use both: it lists every place's crisis lines, and
 * its 30 or so sources go on the back (lib/content/handouts.ts).
 */
const limitOf = (id: string) => (id === OVERDOSE_SLUG || id === 'mental-health-crisis' ? 2 : 1)
/** Numbers are matched without spaces: a PDF may split "1800 250 015" into separate runs of text. */
const squash = (s: string) => s.replace(/\s+/g, '')

interface PrintedPdf {
  pages: number
  /** The text of each page, in order. */
  text: string[]
}

async function printPdf(page: Page, format: (typeof FORMATS)[number]): Promise<PrintedPdf> {
  const bytes = await page.pdf({ format, printBackground: true })
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise
  const text: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '))
  }
  await doc.destroy()
  return { pages: doc.numPages, text }
}

/** Built handouts of a language, as /ko/handouts/<id>/ (not the list itself). */
const handoutsOf = (locale: string) =>
  builtPages().filter((p) => {
    const route = routeKind(p)
    return route.kind === 'handout' && route.locale === locale && p !== handoutsUrl(locale)
  })
const idOf = (path: string) => path.split('/').filter(Boolean).at(-1)!

for (const locale of LOCALES) {
  test(`every ${locale} handout prints within its page limit on A4 and Letter, with all its numbers`, async ({
    page,
  }) => {
    const paths = handoutsOf(locale)
    // One per urgent topic and one per place the help page lists: never fewer than the three topics' worth.
    expect(paths.length, `handouts built in ${locale}`).toBeGreaterThanOrEqual(3)
    test.setTimeout(30_000 + paths.length * 15_000)
    const table: Record<string, string | number>[] = []
    for (const path of paths) {
      const id = idOf(path)
      const numbers = handoutNumbers(locale, id)
      expect(numbers.length, `${path}: numbers in the data`).toBeGreaterThan(0)
      await page.goto(path)
      const row: Record<string, string | number> = { handout: path, limit: limitOf(id), numbers: numbers.length }
      for (const format of FORMATS) {
        const pdf = await printPdf(page, format)
        row[format] = pdf.pages
        expect.soft(pdf.pages, `${path} on ${format}: pages`).toBeLessThanOrEqual(limitOf(id))
        const text = squash(pdf.text.join(' '))
        for (const n of numbers) expect.soft(text, `${path} on ${format}: number ${n}`).toContain(squash(n))
        // The sheet traces back to its address on the site.
        expect.soft(text, `${path} on ${format}: its own address`).toContain(squash(new URL(page.url()).href))
      }
      table.push(row)
    }
    console.log(`\nHandouts (${locale}): printed pages per paper size`)
    console.table(table)
  })

  test(`/handouts/ in ${locale} lists every ${locale} handout and is linked from every page's footer`, async ({
    page,
  }) => {
    await page.goto(pageUrl(locale, 'meth-basics'))
    await page
      .locator('.site-footer')
      .getByRole('link', { name: messages(locale).handouts.allHandouts })
      .click()
    await expect(page).toHaveURL(new RegExp(`${handoutsUrl(locale)}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(locale).handouts.title)
    const listed = await page.locator('main .handout-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(listed.sort()).toEqual(handoutsOf(locale).sort())
  })

  test(`the ${locale} urgent pages link to their handouts`, async ({ page }) => {
    await page.goto(pageUrl(locale, OVERDOSE_SLUG))
    await page.getByRole('link', { name: messages(locale).handouts.printThis }).click()
    await expect(page.locator('.handout h1')).toBeVisible()
    expect(idOf(new URL(page.url()).pathname)).toBe(OVERDOSE_SLUG)
  })
}

test('a Korean place list starts with Korea, a Chinese one with mainland China, Hong Kong and Taiwan', async ({
  page,
}) => {
  for (const [locale, first] of [
    ['ko', ['get-help-kr']],
    ['zh-Hans', ['get-help-cn', 'get-help-hk', 'get-help-tw']],
  ] as const) {
    await page.goto(handoutsUrl(locale))
    const hrefs = await page
      .locator('main .handout-list')
      .nth(1)
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs.slice(0, first.length)).toEqual(first.map((id) => `/${localeSegment(locale)}/handouts/${id}/`))
  }
})

for (const locale of LOCALES) {
  // The longest topic page (several printed pages), and an urgent one, which opens with its own call box.
  for (const slug of ['treatment', OVERDOSE_SLUG]) {
    test(`${locale} ${slug} printed: no navigation, link addresses written out, sources kept, numbers on page 1`, async ({
      page,
    }) => {
      await page.goto(pageUrl(locale, slug))
      await page.emulateMedia({ media: 'print' })
      for (const selector of ['.skip-link', '.site-header nav', '.site-footer ul', '.lang-switch'])
        for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden()
      // The sources stay, and each source's address is printed after its title.
      const references = page.locator('.references-section')
      await expect(references).toBeVisible()
      const source = references.locator('cite a').first()
      const href = await source.getAttribute('href')
      const after = await source.evaluate((a) => getComputedStyle(a, '::after').content)
      expect(after).toContain(href!)
      for (const format of FORMATS) {
        const pdf = await printPdf(page, format)
        const first = squash(pdf.text[0] ?? '')
        for (const n of emergencyNumberLabels()) expect.soft(first, `${format} page 1: ${n}`).toContain(squash(n))
        expect.soft(squash(pdf.text.join(' ')), `${format}: the first source's address`).toContain(squash(href!))
      }
    })
  }
}
