/**
 * Content fixtures for the rule tests. tests/fixtures/content/valid/ is a small content tree that
 * passes every rule; each folder in tests/fixtures/content/broken/ breaks one rule on top of it,
 * with `case.json` saying which rule must fail, in which file, with which message.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'content')
export const VALID = path.join(FIXTURES, 'valid')
export const BROKEN = path.join(FIXTURES, 'broken')
/** The fixtures' "today": fixed, so review-date rules do not depend on the clock. */
export const FIXTURE_TODAY = '2026-11-28'

export interface BrokenCase {
  name: string
  rule: string
  file: string
  message: string
  /** The front-matter field or YAML path the message must name, when the case checks it. */
  field?: string
  /** The file line the message must name, when the case checks it. */
  line?: number
  /** [file, find, replace]: edits to files of the valid tree. */
  edits?: [string, string, string][]
  /** [from, to]: copies of valid files under another name. */
  copy?: [string, string][]
  /** Files of the valid tree to delete. */
  remove?: string[]
}

export function brokenCases(): BrokenCase[] {
  return fs
    .readdirSync(BROKEN)
    .sort()
    .map((name) => ({
      name,
      ...(JSON.parse(fs.readFileSync(path.join(BROKEN, name, 'case.json'), 'utf8')) as Omit<BrokenCase, 'name'>),
    }))
}

/** A temporary copy of the valid tree with one broken case applied; returns its root. */
export function materialise(c?: BrokenCase): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-fixture-'))
  fs.cpSync(VALID, root, { recursive: true })
  if (!c) return root
  const caseDir = path.join(BROKEN, c.name)
  for (const entry of fs.readdirSync(caseDir)) {
    if (entry !== 'case.json') fs.cpSync(path.join(caseDir, entry), path.join(root, entry), { recursive: true })
  }
  for (const [from, to] of c.copy ?? []) {
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true })
    fs.copyFileSync(path.join(root, from), path.join(root, to))
  }
  for (const file of c.remove ?? []) fs.rmSync(path.join(root, file))
  for (const [file, find, replace] of c.edits ?? []) {
    const abs = path.join(root, file)
    const text = fs.readFileSync(abs, 'utf8')
    if (!text.includes(find)) throw new Error(`fixture ${c.name}: "${find}" not found in ${file}`)
    fs.writeFileSync(abs, text.replace(find, replace))
  }
  return root
}
