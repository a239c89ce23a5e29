/**
 * `npm run bench:build -- 2000 [200 …] [--keep]`: builds the site with N synthetic, cited pages
 * added, in a temporary copy of the project, and reports seconds and peak memory for each build
 * step. Aim: 2,000 pages in under 4 minutes on 2 cores, growing linearly with N.
 * Peak memory is the largest resident set of the step's process tree, sampled from /proc (Linux).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { addMonths, todayIso } from '../lib/dates'

const args = process.argv.slice(2)
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)
if (!sizes.length) sizes.push(2000)
const keep = args.includes('--keep')
const ROOT = process.cwd()
const SKIP = new Set([
  'node_modules',
  '.next',
  'out',
  '.contentlayer',
  '.git',
  'test-results',
  'playwright-report',
  '.tmp',
])

/** Cited findings already in content/sources, so synthetic pages need no new sources. */
function citable(): { id: string; f: string }[] {
  const dir = path.join(ROOT, 'content', 'sources')
  return fs.readdirSync(dir).flatMap((file) => {
    const doc = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { id: string; findings: { id: string }[] }
    return doc.findings.filter((f) => f.id.startsWith('F')).map((f) => ({ id: doc.id, f: f.id }))
  })
}

function syntheticPage(n: number, cites: { id: string; f: string }[]): string {
  const today = todayIso()
  const cite = (k: number) => {
    const c = cites[(n * 7 + k) % cites.length]!
    return `<Cite id="${c.id}" f="${c.f}" />`
  }
  const parts = Array.from({ length: 10 }, (_, p) =>
    [
      `## Part ${p + 1}`,
      '',
      `This test page uses plain words for the build test.${cite(p * 3)} Each part is short and easy to read.${cite(p * 3 + 1)}`,
      '',
      `- The build checks every part of it.${cite(p * 3 + 2)}`,
      `- Each line has a source.${cite(p * 3 + 3)}`,
      '',
    ].join('\n'),
  )
  return `---\ntitle: "Benchmark page ${n}"\nsummary: "A made-up page that tests how fast the site builds."\nsection: methamphetamine\naudience: everyone\nurgency: routine\nlastReviewed: "${today}"\nnextReview: "${addMonths(today, 6)}"\nreviewStatus: editorial\nembeddable: true\nlocale: en\norder: 1000\n---\n\n${parts.join('\n')}`
}

/** Runs a command, sampling the total resident memory of its process tree. */
function run(
  cmd: string,
  argv: string[],
  cwd: string,
): Promise<{ seconds: number; peakMb: number | null; ok: boolean; tail: string }> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    let peak: number | null = fs.existsSync('/proc') ? 0 : null
    const sample = () => {
      if (peak === null || !child.pid) return
      const descendants = spawnSync(
        'sh',
        [
          '-c',
          `ps -eo pid=,ppid=,rss= | awk -v root=${child.pid} '{p[$1]=$2; r[$1]=$3} END {s=0; for (k in p) {x=k; while (x && x!=root) x=p[x]; if (x==root) s+=r[k]} print s}'`,
        ],
        { encoding: 'utf8' },
      )
      const kb = Number(descendants.stdout.trim()) || 0
      peak = Math.max(peak, kb / 1024)
    }
    const timer = setInterval(sample, 250)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMb: peak === null ? null : Math.round(peak),
        ok: code === 0,
        tail: output.split('\n').slice(-60).join('\n'),
      })
    })
  })
}

const STEPS: [string, string, string[]][] = [
  ['content check', 'npx', ['tsx', 'scripts/check-content.ts']],
  ['contentlayer', 'npx', ['contentlayer2', 'build']],
  ['next build', 'npx', ['next', 'build']],
  ['postbuild', 'npx', ['tsx', 'scripts/postbuild.ts']],
]

const cites = citable()
const results: { n: number; pages: number; steps: { name: string; seconds: number; peakMb: number | null }[] }[] = []
for (const n of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plainly-bench-${n}-`))
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(path.basename(src)) || path.dirname(src) !== ROOT,
  })
  // Hard links: a full copy of node_modules in seconds, without the disk space (Turbopack refuses a symlink out of the project).
  const link = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  if (link.status !== 0) fs.cpSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true })
  for (let i = 1; i <= n; i++)
    fs.writeFileSync(
      path.join(dir, 'content', 'pages', 'en', `bench-${String(i).padStart(5, '0')}.mdx`),
      syntheticPage(i, cites),
    )
  console.log(`\n${n} synthetic pages in ${dir}`)
  const steps: { name: string; seconds: number; peakMb: number | null }[] = []
  for (const [name, cmd, argv] of STEPS) {
    const r = await run(cmd, argv, dir)
    console.log(
      `  ${name.padEnd(14)} ${r.seconds.toFixed(1).padStart(7)} s   peak ${r.peakMb ?? 'n/a'} MB${r.ok ? '' : '   FAILED'}`,
    )
    // Next's own phases, so a slow build says where its time goes.
    for (const line of r.tail
      .split('\n')
      .filter((l) => /Compiled successfully|Finished TypeScript|Generating static pages.* in /.test(l)))
      console.log(`      ${line.trim()}`)
    steps.push({ name, seconds: r.seconds, peakMb: r.peakMb })
    if (!r.ok) {
      console.error(r.tail)
      process.exit(1)
    }
  }
  const pages = spawnSync('sh', ['-c', `find ${path.join(dir, 'out')} -name '*.html' | wc -l`], {
    encoding: 'utf8',
  }).stdout.trim()
  results.push({ n, pages: Number(pages), steps })
  if (!keep) fs.rmSync(dir, { recursive: true, force: true })
}

console.log('\nsynthetic pages | HTML files | total s | s per 100 pages | peak MB | within 4 min')
for (const r of results) {
  const total = r.steps.reduce((s, x) => s + x.seconds, 0)
  const peak = Math.max(...r.steps.map((s) => s.peakMb ?? 0))
  console.log(
    `${String(r.n).padStart(15)} | ${String(r.pages).padStart(10)} | ${total.toFixed(1).padStart(7)} | ${((total / r.n) * 100).toFixed(1).padStart(15)} | ${String(peak).padStart(7)} | ${total < 240 ? 'yes' : 'NO'}`,
  )
}
