import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { RULES, checkContent, formatProblem } from '../../lib/rules/index'
import { FIXTURE_TODAY, brokenCases, materialise } from '../helpers/content-fixture'

const cases = brokenCases()

describe('content rules', () => {
  it('the valid fixture passes every rule', () => {
    const root = materialise()
    assert.deepEqual(checkContent({ root, today: FIXTURE_TODAY }).map(formatProblem), [])
    fs.rmSync(root, { recursive: true })
  })

  it('every rule has at least one failing fixture', () => {
    const covered = new Set(cases.map((c) => c.rule))
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !covered.has(id)),
      [],
    )
  })

  it('every rule states why it exists', () => {
    for (const r of RULES) assert.ok(r.why.length > 30, `${r.id} needs a reason`)
  })

  it('a law-enforcement service with kind law-enforcement and a caveat that says "police" passes', () => {
    const c = cases.find((x) => x.name === 'resources-law-enforcement-caveat')!
    const root = materialise(c)
    const file = path.join(root, c.file)
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(
          /^caveat: .*$/m,
          'caveat: "This line is run by drug police (law enforcement), not by a health service."',
        ),
    )
    const problems = checkContent({ root, today: FIXTURE_TODAY }).filter((p) => p.rule === c.rule)
    fs.rmSync(root, { recursive: true })
    assert.deepEqual(problems.map(formatProblem), [])
  })

  for (const c of cases) {
    it(`${c.name}: ${c.rule} fails with a message naming the file and the fix`, () => {
      const root = materialise(c)
      const problems = checkContent({ root, today: FIXTURE_TODAY })
      fs.rmSync(root, { recursive: true })
      const hit = problems.find(
        (p) =>
          p.rule === c.rule &&
          p.file === c.file &&
          p.message.includes(c.message) &&
          (c.field === undefined || p.field === c.field) &&
          (c.line === undefined || p.line === c.line),
      )
      const where = `${c.file}${c.line ? `:${c.line}` : ''}${c.field ? ` › ${c.field}` : ''}`
      assert.ok(
        hit,
        `expected ${c.rule} in ${where} with "${c.message}", got:\n${problems.map(formatProblem).join('\n')}`,
      )
      assert.ok(hit.fix.length > 10, 'the message says how to fix it')
    })
  }
})
