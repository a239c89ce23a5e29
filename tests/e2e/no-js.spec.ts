/**
 * Pages need no JavaScript (non-negotiable: content pages ship 0 KB of it). Checked per page on
 * what the server sends, since after the post-build step a page looks the same with and without
 * JavaScript: the HTML carries no script that runs (only JSON data blocks; embeds may keep their
 * small `data-keep` enhancements), nothing is hidden until a script shows it, every <details>
 * opens by itself and the menu is plain links.
 */
import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'

const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/

test.describe('with JavaScript turned off', () => {
  for (const path of builtPages('all')) {
    const embed = path.startsWith('/embed/')
    test(`${path} reads in full`, async ({ noJsPage: page }) => {
      const response = await page.goto(path)
      const html = await response!.text()
      // 1. Nothing in the HTML runs: no script but data blocks (and an embed's marked enhancement), no inline handlers.
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!)
      expect(scripts.filter((attrs) => !DATA_BLOCK.test(attrs) && !(embed && /\bdata-keep\b/.test(attrs))), 'scripts that run').toEqual([])
      expect(html.match(/<[^>]+\son[a-z]+=/gi) ?? [], 'inline event handlers').toEqual([])
      expect(html).not.toMatch(/href="javascript:/i)
      // 2. The content is in the response: the page's heading, main text, footer and references.
      const heading = page.locator('h1, h2.embed-title').first()
      await expect(heading).toBeVisible()
      expect(html).toContain((await heading.textContent())!.trim().replace(/&/g, '&amp;').slice(0, 20))
      // 3. Every <details> opens without a script, and then every word in <main> is shown: none waits for JS.
      for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click()
      expect(await page.locator('details:not([open])').count(), 'details left closed').toBe(0)
      const hidden = await page.locator('main').evaluate((main: HTMLElement) => {
        const copy = main.cloneNode(true) as HTMLElement
        for (const el of copy.querySelectorAll('script, style, template')) el.remove()
        const shown = new Set(main.innerText.split(/\s+/))
        return [...new Set(copy.textContent!.split(/\s+/).filter((w) => w && !shown.has(w)))]
      })
      expect(hidden, 'words in the HTML that the reader cannot see').toEqual([])
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(100)
      // 4. The menu is plain links, all there and reachable.
      for (const link of await page.locator('header nav a').all()) {
        await expect(link).toBeVisible()
        await expect(link).toHaveAttribute('href', /^\//)
      }
      const footer = page.locator('body footer').last()
      await footer.scrollIntoViewIfNeeded()
      await expect(footer).toBeVisible()
      if (await page.locator('.references').count()) await expect(page.locator('.references li').last()).toBeVisible()
    })
  }
})
