import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'

const sourcePages = builtPages('site').filter((p) => /^\/sources\/[^/]+\/$/.test(p))

test('the sources index lists every source page', async ({ page }) => {
  await page.goto('/sources/')
  await expect(page.getByRole('heading', { level: 1, name: 'All sources' })).toBeVisible()
  const links = await page.locator('main .topic-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(links.sort()).toEqual(sourcePages)
})

for (const path of sourcePages) {
  test(`${path} shows its findings and links to every page citing it`, async ({ sharedPage: page }) => {
    await page.goto(path)
    const id = path.split('/')[2]!
    await expect(page.getByRole('heading', { name: 'What we use from it' })).toBeVisible()
    const citing = await page
      .locator('h2:has-text("Pages that cite it") + ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(citing.length).toBeGreaterThan(0)
    for (const href of citing) {
      expect(href).toContain(`#ref-${id}`)
      const res = await page.request.get(href.split('#')[0]!)
      expect(res.status()).toBe(200)
      expect(await res.text()).toContain(`id="ref-${id}"`)
    }
  })
}
