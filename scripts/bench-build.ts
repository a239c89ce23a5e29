/**
 * `npm run bench:build -- 2000 [200 …] [--keep]`: builds the site with N synthetic, cited pages
 * added, in a temporary copy of the project, and reports seconds and peak memory for each build
 * step. Aim: 2,000 pages in under 4 minutes on 2 cores, growing linearly with N. The mix is the
 * site's: a third English pages, each with a Chinese and a Korean translation (same citations,
 * stamped with the English text's hash), so the translation rules and routes are measured too.
 * Peak memory is the largest resident set of the step's process tree, sampled from /proc (Linux).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { addMonths, todayIso } from '../lib/dates'
import { readMdx } from '../lib/content/read-files'
import { contentHash } from '../lib/model/content-hash'

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

/** Words for the synthetic translations: short, common, and within the Chinese and Korean checks. */
const TRANSLATED = {
  'zh-Hans': {
    part: '第 {n} 部分',
    a: '这一页用简单的话来测试网站。',
    b: '每一部分都很短，很好读。',
    c: '网站会检查每一部分。',
    d: '每一行都有来源。',
    title: '测试页 {n}',
    summary: '一个用来测试建站速度的页面。',
  },
  ko: {
    part: '{n}부',
    a: '이 페이지는 쉬운 말로 사이트를 시험해요.',
    b: '각 부분은 짧고 읽기 쉬워요.',
    c: '사이트가 모든 부분을 검사해요.',
    d: '줄마다 출처가 있어요.',
    title: '시험 페이지 {n}',
    summary: '사이트를 만드는 속도를 재는 페이지예요.',
  },
} as const

/** The Chinese or Korean twin of an English synthetic page: same citations, stamped with its hash. */
function translatedPage(english: string, locale: keyof typeof TRANSLATED, n: number): string {
  const w = TRANSLATED[locale]
  const hash = contentHash(readMdx('bench.mdx', english).body)
  let body = english.slice(english.indexOf('\n---\n', 4) + 5)
  body = body
    .replace(/## Part (\d+)/g, (_, p: string) => `## ${w.part.replace('{n}', p)}`)
    .replace(/This test page uses plain words for the build test\./g, w.a)
    .replace(/ ?Each part is short and easy to read\./g, w.b)
    .replace(/The build checks every part of it\./g, w.c)
    .replace(/Each line has a source\./g, w.d)
  const front = english
    .slice(0, english.indexOf('\n---\n', 4))
    .replace(/title: "Benchmark page \d+"/, `title: "${w.title.replace('{n}', String(n))}"`)
    .replace(/summary: "[^"]*"/, `summary: "${w.summary}"`)
    .replace('locale: en', `locale: ${locale}\ntranslatedFrom: "${hash}"`)
  return `${front}\n---\n${body}`
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
  // A third in English, each with its Chinese and Korean twin, up to n pages.
  for (let i = 1, written = 0; written < n; i++) {
    const name = `bench-${String(i).padStart(5, '0')}.mdx`
    const english = syntheticPage(i, cites)
    fs.writeFileSync(path.join(dir, 'content', 'pages', 'en', name), english)
    written++
    for (const locale of ['zh-Hans', 'ko'] as const) {
      if (written >= n) break
      fs.writeFileSync(path.join(dir, 'content', 'pages', locale, name), translatedPage(english, locale, i))
      written++
    }
  }
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
