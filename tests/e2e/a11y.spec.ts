import { expect, test } from '../helpers/sweep'
import { axeViolations } from '../helpers/axe'
import { builtPages } from '../helpers/built-pages'

// Every built page and every embed, not a sample: a new page is tested the moment it exists.
for (const path of builtPages('all')) {
  test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ sharedPage: page }) => {
    await page.goto(path)
    expect(await axeViolations(page)).toEqual([])
  })
}

test('axe sweep catches a real violation (the sweep can fail)', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    const img = document.createElement('img')
    img.src = '/icon.svg'
    document.querySelector('main')!.append(img)
  })
  expect((await axeViolations(page)).join('\n')).toContain('image-alt')
})
