import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { codeVersion, MEASURING_INPUTS } from '../../lib/content/analysis-cache'

/** Local files a module imports, followed to the end (relative imports only; packages are in the lockfile). */
function importClosure(start: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...start]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const base = path.join(path.dirname(file), m[1]!)
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f))
      if (found) queue.push(found)
    }
  }
  return seen
}

describe('the analysis cache key', () => {
  it('covers every file the measuring code imports', () => {
    const files = [...importClosure(['lib/content/analyse.ts', 'lib/model/claims.ts'])]
    assert.ok(files.length >= 6)
    const outside = files.filter((f) => !MEASURING_INPUTS.folders.some((d) => f === d || f.startsWith(`${d}/`)))
    assert.deepEqual(outside, [], 'add the folder to MEASURING_INPUTS in lib/content/analysis-cache.ts')
  })

  it('changes with the lockfile and with any file added to or changed in a measuring folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-cache-'))
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"v":1}')
    fs.mkdirSync(path.join(root, 'lib', 'text'), { recursive: true })
    fs.writeFileSync(path.join(root, 'lib', 'text', 'a.ts'), 'export const a = 1')
    const first = codeVersion(root)
    assert.equal(codeVersion(root), first, 'stable for the same files')
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"v":2}')
    const upgraded = codeVersion(root)
    assert.notEqual(upgraded, first, 'a dependency upgrade empties the cache')
    fs.writeFileSync(path.join(root, 'lib', 'text', 'helper.ts'), 'export const b = 2')
    assert.notEqual(codeVersion(root), upgraded, 'a new helper empties the cache')
    fs.rmSync(root, { recursive: true })
  })
})
