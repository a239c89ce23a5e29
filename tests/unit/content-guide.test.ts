import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { ALLOWED_COMPONENTS, type AllowedComponent } from '../../lib/mdx/allowed'
import { RULES } from '../../lib/rules/index'

describe('docs/content-guide.md', () => {
  const guide = fs.readFileSync('docs/content-guide.md', 'utf8')
  it('explains every content rule', () => {
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !guide.includes(`\`${id}\``)),
      [],
    )
  })
  it('lists every MDX component in the registry', () => {
    const registry = fs.readFileSync('components/mdx/mdx-components.tsx', 'utf8')
    const names = [...registry.matchAll(/^ {4}([A-Z]\w+)[:,]/gm)].map((m) => m[1]!)
    assert.ok(names.length >= 6)
    assert.deepEqual(
      names.filter((n) => !guide.includes(`<${n}`)),
      [],
    )
  })
  it('lists exactly what a page may contain: every allowed component with its attributes and values', () => {
    const section = guide.slice(guide.indexOf('## 6. What a page may contain'), guide.indexOf('## 7.'))
    const rows = section.split('\n').filter((l) => l.startsWith('| `<'))
    assert.equal(rows.length, Object.keys(ALLOWED_COMPONENTS).length, 'one table row per allowed component')
    for (const [name, spec] of Object.entries(ALLOWED_COMPONENTS as Record<string, AllowedComponent>)) {
      const row = rows.find((l) => l.startsWith(`| \`<${name}`))
      assert.ok(row, `the guide lists <${name}>`)
      for (const [prop, p] of Object.entries(spec.props)) {
        assert.ok(row.includes(`\`${prop}\``), `the guide names <${name}>'s ${prop}`)
        for (const v of p.values ?? []) assert.ok(row.includes(`\`${v}\``), `the guide names ${prop}="${v}"`)
      }
    }
  })
})
