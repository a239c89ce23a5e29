/**
 * Layers point one way (issue 13): no two folders of lib/ depend on each other, even through a
 * third, and no rule file imports another rule file (shared queries live in lib/rules/queries.ts).
 * The house reads content → lib → components → app; a cycle means one change ripples both ways.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOTS = ['lib', 'components', 'app', 'scripts']
const IMPORT = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* files(p)
    else if (/\.tsx?$/.test(name)) yield p
  }
}

/** A module's layer: lib/<folder> (a single file in lib/ is its own), else the top folder. */
export const layerOf = (file: string) => {
  const parts = file.split(path.sep)
  return parts[0] === 'lib' ? `lib/${(parts[1] ?? '').replace(/\.tsx?$/, '')}` : parts[0]!
}

function imports(file: string): string[] {
  const out: string[] = []
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[1]!
    if (spec.startsWith('@/')) out.push(spec.slice(2))
    else if (spec.startsWith('.')) out.push(path.normalize(path.join(path.dirname(file), spec)))
  }
  return out
}

/** Strongly connected groups of more than one layer (Tarjan). */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    on = new Set<string>(),
    found: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    on.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = []
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        on.delete(w)
        group.push(w)
        if (w === v) break
      }
      if (group.length > 1) found.push(group.sort())
    }
  }
  for (const v of edges.keys()) if (!index.has(v)) visit(v)
  return found
}

test('the cycle finder finds a cycle through a third folder (canary)', () => {
  const edges = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
    ['d', new Set(['a'])],
  ])
  assert.deepEqual(cycles(edges), [['a', 'b', 'c']])
})

test('no folder of the code depends on another that depends back on it', () => {
  const edges = new Map<string, Set<string>>()
  const why: string[] = []
  for (const root of ROOTS)
    for (const file of files(root))
      for (const target of imports(file)) {
        const [a, b] = [layerOf(file), layerOf(target)]
        if (a === b) continue
        edges.set(a, (edges.get(a) ?? new Set()).add(b))
        why.push(`${file} → ${target}`)
      }
  const found = cycles(edges)
  assert.deepEqual(
    found,
    [],
    `folder cycles:\n${found.map((c) => c.join(' ↔ ')).join('\n')}\n(imports: ${why
      .filter((w) => found.flat().some((l) => w.startsWith(l)))
      .slice(0, 30)
      .join('; ')})`,
  )
})

test('rule files import no other rule file (shared queries live in lib/rules/queries.ts)', () => {
  const shared = new Set(['types', 'queries', 'limits', 'index'])
  const offenders = [...files('lib/rules')]
    .filter((f) => !shared.has(path.basename(f, '.ts')))
    .flatMap((file) =>
      imports(file)
        .filter((t) => path.dirname(t) === 'lib/rules' && !shared.has(path.basename(t)))
        .map((t) => `${file} imports ${t}`),
    )
  assert.deepEqual(offenders, [])
})
