/** Checks over every file in out/, the thing that ships. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { findForbidden } from '../../lib/forbidden-numbers'
import { OUT } from '../helpers/built-pages'

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}
const textFiles = () => walk(OUT).filter((f) => /\.(html|json|txt|xml|js|css)$/.test(f))

test('no superseded or unconfirmed phone number appears anywhere in the built site', () => {
  const hits = textFiles().flatMap((f) => findForbidden(fs.readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' ')).map((n) => `${path.relative(OUT, f)}: ${n.digits}`))
  expect(hits).toEqual([])
})
