/**
 * The promise, end to end: each kind of bad content makes the build's first step
 * (`tsx scripts/check-content.ts`, run by `npm run build`) exit 1 with a message naming the file.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { FIXTURE_TODAY, brokenCases, materialise } from '../helpers/content-fixture'

const named = [
  'citations-unknown-source',
  'schema-missing-title',
  'dates-impossible',
  'sources-javascript-url',
  'words-stigma',
  'plain-grade-urgent',
]

describe('npm run build refuses bad content', () => {
  for (const c of brokenCases().filter((x) => named.includes(x.name))) {
    it(`${c.name}: exits 1 and names ${c.file}`, () => {
      const root = materialise(c)
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/check-content.ts', '--root', root, '--today', FIXTURE_TODAY],
        { encoding: 'utf8' },
      )
      fs.rmSync(root, { recursive: true })
      assert.equal(run.status, 1, run.stdout + run.stderr)
      assert.match(run.stderr, new RegExp(c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      assert.match(run.stderr, /Fix: /)
      assert.match(run.stderr, /Content check failed/)
    })
  }
  it('the valid content passes with exit 0', () => {
    const root = materialise()
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-content.ts', '--root', root, '--today', FIXTURE_TODAY],
      { encoding: 'utf8' },
    )
    fs.rmSync(root, { recursive: true })
    assert.equal(run.status, 0, run.stderr)
  })
})
