/** Checks over every file in out/, the thing that ships. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'
import { findBrokenLinks } from '../../lib/build/link-check'
import { findForbidden } from '../../lib/forbidden-numbers'
import { OUT } from '../helpers/built-pages'
import { SITE_ORIGIN } from '../helpers/origins'
import { urlPathOf, walkFiles } from '../../lib/fs-walk'

const textFiles = () => walkFiles(OUT).filter((f) => /\.(html|json|txt|xml|js|css)$/.test(f))
const htmlFiles = () =>
  walkFiles(OUT).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}_not-found${path.sep}`))
const urlPath = (f: string) => urlPathOf(OUT, f)

test('no superseded or unconfirmed phone number appears anywhere in the built site', () => {
  const hits = textFiles().flatMap((f) =>
    findForbidden(fs.readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' ')).map(
      (n) => `${path.relative(OUT, f)}: ${n.digits}`,
    ),
  )
  expect(hits).toEqual([])
})

test('no broken internal link or #fragment anywhere in the built site', () => {
  const files = new Set(walkFiles(OUT).map(urlPath))
  const site = { files, html: (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8') }
  const pages = htmlFiles().map(urlPath)
  expect(pages.length).toBeGreaterThan(100)
  expect(findBrokenLinks(site, pages, SITE_ORIGIN)).toEqual([])
})

/**
 * In shards of 50 pages, each its own test: one test over every page outgrows any timeout as the site
 * grows (600 pages in three languages), and a failure names its shard.
 */
const SHARD = 50
const shards = fs.existsSync(OUT)
  ? htmlFiles().reduce<string[][]>((acc, f, i) => (i % SHARD ? acc.at(-1)!.push(f) : acc.push([f]), acc), [])
  : [[]]
for (const [i, files] of shards.entries()) {
  test(`every built page is valid HTML (html-validate, standard and accessibility rules), pages ${i * SHARD + 1}–${i * SHARD + files.length}`, async () => {
    expect(files.length, 'out/ has pages to validate').toBeGreaterThan(0)
    const validator = new HtmlValidate(new FileSystemConfigLoader())
    const problems: string[] = []
    for (const file of files) {
      const report = await validator.validateFile(file)
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${urlPath(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    }
    expect(problems).toEqual([])
  })
}

test('html-validate does catch invalid markup (the check can fail)', async () => {
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><main><p><div>block in p</div></p><img src="a.png"></main></body></html>',
    path.join(OUT, 'fixture.html'),
  )
  expect(report.valid).toBe(false)
})
