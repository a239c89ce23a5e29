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
/** Text as React writes it into HTML. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

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
      expect(html).toContain(escapeHtml((await heading.textContent())!.trim()))
      // 3. Every <details> opens without a script, and then all the text in <main> is shown: none waits for JS.
      for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click()
      expect(await page.locator('details:not([open])').count(), 'details left closed').toBe(0)
      const hidden = await page.locator('main').evaluate((main: HTMLElement) => {
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
        const out: string[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!
          // Not content: code, a select's options (shown by the select), a control only a script can use.
          if (!n.textContent!.trim() || el.closest('script, style, template, option, button[hidden]')) continue
          // Visually hidden text (for screen readers) is rendered; display:none or visibility:hidden is not.
          if (!el.checkVisibility({ visibilityProperty: true })) out.push(n.textContent!.trim().slice(0, 60))
        }
        return out
      })
      expect(hidden, 'text in the HTML that the reader cannot see').toEqual([])
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
