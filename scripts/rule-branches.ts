/**
 * `npm run check:rule-branches`: proves every branch of every content rule is pinned by a test.
 * For each `report({…})` call in lib/rules/*.ts, it disables that one call in a temporary copy of
 * the repository and runs the rule tests (tests/unit/rules.test.ts); a branch whose removal leaves
 * every test green is "unpinned": it needs a failing fixture in tests/fixtures/content/broken/.
 * Exits 1 if any branch is unpinned. Slow-ish (one test run per branch), so not part of `npm test`.
 * Options: --jobs N (parallel copies, default 2), --only <file> (e.g. lib/rules/resources.ts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = process.cwd()
const RULES_DIR = path.join('lib', 'rules')
const TEST = path.join('tests', 'unit', 'rules.test.ts')
/** Copied, so the tests import the disabled copy of lib/ (Node resolves symlinks to their real path). */
const COPIED = ['lib', 'tests/unit', 'tests/helpers', 'tests/fixtures/content']
/** Read-only inputs, linked. */
const LINKED = ['node_modules', 'vendor', 'content', 'package.json', 'tsconfig.json']
/** `report(` at a call site; replaced by `void (`, which keeps the argument and drops the report. */
const CALL = /\breport\(\{/g

interface Branch {
  file: string
  line: number
  /** Offset of `report(` in the file. */
  index: number
  /** The start of its message, to name the branch. */
  label: string
  /** The rule it belongs to, when the call is inside its defineRule(); only that rule's fixtures can catch it. */
  rule?: string
}

function findBranches(file: string, text: string): Branch[] {
  return [...text.matchAll(CALL)].map((m) => {
    const after = text.slice(m.index, m.index + 600)
    const message = /message:\s*(['`"])((?:\\.|(?!\1).)*)\1/.exec(after)?.[2] ?? after.slice(0, 60)
    const rule = [...text.slice(0, m.index).matchAll(/defineRule\(\s*'([^']+)'/g)].at(-1)?.[1]
    return { file, line: text.slice(0, m.index).split('\n').length, index: m.index, label: message.slice(0, 70), rule }
  })
}

const disable = (text: string, b: Branch) => `${text.slice(0, b.index)}void (${text.slice(b.index + 'report('.length)}`

function makeCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-branches-'))
  for (const p of COPIED) fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true })
  for (const p of LINKED) fs.symlinkSync(path.join(ROOT, p), path.join(dir, p))
  return dir
}

/**
 * Runs the rule tests in a copy; resolves true if they all pass. Given a rule id, only that rule's
 * fixtures run: a disabled report() only removes problems, so no other test can notice it.
 */
function testsPass(dir: string, rule?: string): Promise<boolean> {
  const only = rule ? [`--test-name-pattern=: ${rule} fails`] : []
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', ...only, TEST], {
      cwd: dir,
      stdio: 'ignore',
    })
    child.on('close', (code) => resolve(code === 0))
  })
}

async function main() {
  const args = process.argv.slice(2)
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const jobs = Math.max(1, Number(opt('--jobs') ?? 2))
  const only = opt('--only')
  const files = fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(RULES_DIR, f))
    .filter((f) => !only || f === only)
  const branches = files.flatMap((f) => findBranches(f, fs.readFileSync(f, 'utf8')))
  const copies = Array.from({ length: jobs }, makeCopy)
  try {
    if (!(await testsPass(copies[0]!))) throw new Error(`${TEST} fails before any branch is disabled: fix it first`)
    const unpinned: Branch[] = []
    let next = 0
    const worker = async (dir: string) => {
      while (next < branches.length) {
        const b = branches[next++]!
        const target = path.join(dir, b.file)
        const original = fs.readFileSync(target, 'utf8')
        fs.writeFileSync(target, disable(original, b))
        const pinned = !(await testsPass(dir, b.rule))
        fs.writeFileSync(target, original)
        if (!pinned) unpinned.push(b)
        process.stdout.write(pinned ? '.' : 'U')
      }
    }
    await Promise.all(copies.map(worker))
    unpinned.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    console.log(`\n${branches.length} report() branches in ${files.length} files; ${unpinned.length} unpinned.`)
    for (const b of unpinned) console.log(`  ${b.file}:${b.line}  "${b.label}"`)
    if (unpinned.length) {
      console.log(
        '\nAdd a failing fixture for each: tests/fixtures/content/broken/<case>/case.json (see tests/helpers/content-fixture.ts).',
      )
      process.exitCode = 1
    } else console.log('✓ Every branch is pinned by a failing fixture.')
  } finally {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
