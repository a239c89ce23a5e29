import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'
import { expectedMarkers } from '../helpers/content-data'

const topicPages = builtPages('site').filter((p) => p.startsWith('/topics/'))
const markersOf = expectedMarkers()

test('a citation marker leads to its reference, and the reference leads back', async ({ page }) => {
  await page.goto('/topics/overamping/')
  const marker = page.locator('sup.cite a').first()
  const markerId = await marker.getAttribute('id')
  const target = (await marker.getAttribute('href'))!
  await marker.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  const reference = page.locator(target)
  await expect(reference).toBeInViewport()
  await reference.locator(`a[href="#${markerId}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`#${markerId}$`))
  await expect(page.locator(`#${markerId}`)).toBeInViewport()
})

for (const path of topicPages) {
  test(`every citation on ${path} resolves both ways, with a deep link to its passage`, async ({
    sharedPage: page,
  }) => {
    await page.goto(path)
    // Every marker keeps its own id: a link, or (for a number repeated inside a group such as "[3, 4]") an empty anchor.
    const markers = await page
      .locator('sup.cite [id]')
      .evaluateAll((els) => els.map((el) => ({ id: el.id, href: el.getAttribute('href') })))
    // As many markers as the content has citations (each <Cite>, each service a help component shows).
    expect(markersOf.get(path), `${path} is a page in the content`).toBeDefined()
    expect(markers.length, 'markers on the page').toBe(markersOf.get(path))
    expect(new Set(markers.map((m) => m.id)).size, 'each marker has its own id').toBe(markers.length)
    expect(markers.filter((m) => m.href).length, 'every group links each of its numbers').toBeGreaterThan(0)
    for (const m of markers) {
      if (m.href) expect(await page.locator(m.href).count(), `${m.href} exists`).toBe(1)
      // Each marker is linked back from the reference it points to.
      expect(await page.locator(`.references a[href="#${m.id}"]`).count(), `back-link to ${m.id}`).toBeGreaterThan(0)
    }
    const refs = page.locator('ol.references > li')
    for (const li of await refs.all()) {
      const sourceUrl = (await li.locator('cite a').getAttribute('href'))!
      for (const deep of await li.locator('a.deep-link').all()) {
        const href = (await deep.getAttribute('href'))!
        expect(href.startsWith(sourceUrl), 'deep link is the source URL plus a fragment').toBe(true)
        expect(href).toMatch(/[#:]:~:text=[^&,\s]+/)
      }
    }
  })
}
