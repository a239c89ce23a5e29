/** WCAG 2.2 AA beyond what axe can see: reflow, text zoom, visible focus, targets, keyboard journeys. */
import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'

const pages = builtPages('site')

for (const path of pages) {
  test(`${path} reflows at 320 px and survives 200% text without sideways scrolling`, async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(path)
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow(), 'reflow at 320 px (WCAG 1.4.10)').toBeLessThanOrEqual(0)
    // 200% text on a 640 px wide window: the same as 320 px at 100%, the WCAG 1.4.4 case.
    await page.setViewportSize({ width: 640, height: 800 })
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    expect(await overflow(), 'text at 200% (WCAG 1.4.4)').toBeLessThanOrEqual(0)
    await expect(page.locator('h1')).toBeInViewport()
  })
}

// One test per page. Each element is focused directly (after one Tab, so the browser is in
// keyboard mode and draws :focus-visible), never by counting Tab presses: a count would depend
// on what has loaded, such as the partner page's preview frame (the frame draws its own focus).
for (const path of ['/', '/topics/mixing/', '/topics/get-help/', '/embed/']) {
  test(`${path}: every focusable element shows a visible focus indicator (WCAG 2.4.7)`, async ({ page }) => {
    await page.goto(path)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    const rings = await page.evaluate(() => {
      const focusable = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, [tabindex]'),
      ]
      return focusable
        .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility())
        .map((el) => {
          el.focus()
          const s = getComputedStyle(el)
          return {
            what: `${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}"`,
            focused: document.activeElement === el,
            ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
          }
        })
    })
    expect(rings.length).toBeGreaterThan(5)
    expect(rings.filter((r) => !r.focused || !r.ring).map((r) => r.what)).toEqual([])
  })
}

test('header links and "Get help now" are at least 24×24 px (WCAG 2.5.8)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/topics/overamping/')
  for (const link of await page.locator('header a').all()) {
    const box = (await link.boundingBox())!
    expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(24)
    expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(24)
  }
})

test('keyboard only: skip link, the menu, a citation and back, then "Get help now"', async ({ page }) => {
  await page.goto('/topics/meth-basics/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  // From the content, Tab reaches the first citation marker; Enter follows it, and its back-link returns.
  const firstMarker = page.locator('sup.cite a').first()
  await firstMarker.focus()
  await page.keyboard.press('Enter')
  const target = (await firstMarker.getAttribute('href'))!
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  const back = page.locator(`${target} .backlinks a`).first()
  await back.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#cite-\d+$/)
  // The quick exit straight after the skip link; then the menu: Topics, Sources, About, then "Get help now", after the site name.
  await page.goto('/topics/meth-basics/')
  const names: string[] = []
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab')
    names.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText))
  }
  expect(names).toEqual([
    'Skip to main content',
    'Leave this site',
    'Plainly',
    'Topics',
    'Sources',
    'About',
    'Get help now',
  ])
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/topics\/get-help\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help')
})
