/**
 * Pages need no JavaScript (non-negotiable: content pages ship 0 KB of it). Checked per page on
 * what the server sends, since after the post-build step a page looks the same with and without
 * JavaScript: the HTML carries no script that runs (only JSON data blocks; embeds may keep their
 * own small enhancements, listed in lib/build/own-code.ts), nothing is hidden until a script shows it, every <details>
 * opens by itself and the menu is plain links.
 */
import { expect, test } from '../helpers/sweep'
import { builtPages } from '../helpers/built-pages'
import { ownCode } from '../../lib/build/own-code'
import { escapeHtml, hiddenText, runningScripts } from '../helpers/no-js'

test.describe('with JavaScript turned off', () => {
  for (const path of builtPages('all')) {
    test(`${path} reads in full`, async ({ noJsPage: page }) => {
      const response = await page.goto(path)
      const html = await response!.text()
      // 1. Nothing in the HTML runs: no script but data blocks (and an embed's marked enhancement), no inline handlers.
      expect(runningScripts(html, path), 'scripts that run').toEqual([])
      // 2. The content is in the response: the page's heading, main text, footer and references.
      const heading = page.locator('h1, h2.embed-title').first()
      await expect(heading).toBeVisible()
      expect(html).toContain(escapeHtml((await heading.textContent())!.trim()))
      // 3. Every <details> opens without a script, and then all the text in <main> is shown: none waits for JS.
      for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click()
      expect(await page.locator('details:not([open])').count(), 'details left closed').toBe(0)
      const hidden = await hiddenText(page)
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

test('the JavaScript-off checks catch a script, a handler and text hidden until a script shows it (the sweep can fail)', async ({
  noJsPage: page,
}) => {
  const html =
    '<!doctype html><html lang="en"><head><title>x</title><script src="/app.js"></script><script type="application/json">{}</script></head><body><main><h1 onclick="go()">Title</h1><p>Shown.</p><p class="js-only" hidden>Shown by a script.</p><details><summary>More</summary><p>Inside.</p></details></main></body></html>'
  expect(runningScripts(html, '/topics/x/')).toEqual(['<script src="/app.js">', '<h1 onclick='])
  // Our own embed script is allowed only where it belongs: on a topic page it is a script that runs.
  const own = '<script>' + ownCode(process.cwd(), []).inlineScripts[0]!.body + '</script>'
  expect(runningScripts(own, '/embed/v1/x/')).toEqual([])
  expect(runningScripts(own, '/topics/x/')).toEqual(['<script>'])
  await page.goto('about:blank') // away from the site, whose CSP would apply to the written document
  await page.setContent(html)
  expect(await hiddenText(page)).toEqual(['Shown by a script.', 'Inside.'])
  await page.locator('summary').click()
  expect(await hiddenText(page)).toEqual(['Shown by a script.'])
})
