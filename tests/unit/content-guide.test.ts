import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { RULES } from '../../lib/rules/index'

describe('docs/content-guide.md', () => {
  const guide = fs.readFileSync('docs/content-guide.md', 'utf8')
  it('explains every content rule', () => {
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !guide.includes(`\`${id}\``)), [])
  })
  it('lists every MDX component in the registry', () => {
    const registry = fs.readFileSync('components/mdx/mdx-components.tsx', 'utf8')
    const names = [...registry.matchAll(/^ {4}([A-Z]\w+)[:,]/gm)].map((m) => m[1]!)
    assert.ok(names.length >= 6)
    assert.deepEqual(names.filter((n) => !guide.includes(`<${n}`)), [])
  })
})
