/**
 * `npm run budget`: weighs every built page against lib/build/budget.ts, prints a table, and
 * exits 1 if anything is over budget. Run after `npm run build`; `npm test` runs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { BUDGET, gz, measurePage, overBudget, type PageWeight } from '../lib/build/budget'
import { readSearchEntry } from '../lib/build/search-index'
import { urlPathOf, walkFiles } from '../lib/fs-walk'
import { RESIZE_SCRIPT_URL, routeKind, SAFETY_SCRIPT_URL, SEARCH_INDEX_ROOT, SERVICE_WORKER_URL } from '../lib/routes'

const OUT = path.resolve(process.argv[2] ?? 'out')
const readAsset = (url: string) => {
  const file = path.join(OUT, url)
  return file.startsWith(OUT) && fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined
}

const rows: { w: PageWeight; problems: string[] }[] = []
for (const file of walkFiles(OUT).filter((f) => f.endsWith('.html'))) {
  const rel = urlPathOf(OUT, file).replace(/index\.html$/, '')
  // The not-found page is weighed once, as /404.html; its copies Next also writes are not pages.
  if (routeKind(rel).kind === 'not-found' && rel !== '/404.html') continue
  const w = measurePage(rel, fs.readFileSync(file, 'utf8'), readAsset)
  rows.push({ w, problems: overBudget(w) })
}
rows.sort((a, b) => a.w.kind.localeCompare(b.w.kind) || b.w.firstTripGz - a.w.firstTripGz)

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6)
const width = Math.max(...rows.map((r) => r.w.path.length), 4)
console.log(`${'page'.padEnd(width)}  kind    HTML gz  CSS gz  JS gz  reqs  1st trip  total   status`)
for (const { w, problems } of rows) {
  console.log(
    `${w.path.padEnd(width)}  ${w.kind.padEnd(6)} ${kb(w.htmlGz)}  ${kb(w.cssGz)} ${kb(w.jsGz)}  ${String(w.requests).padStart(4)}  ${kb(w.firstTripGz)}  ${kb(w.totalGz)}   ${problems.length ? `OVER: ${problems.join('; ')}` : 'ok'}`,
  )
}
const resize = readAsset(RESIZE_SCRIPT_URL)
const resizeGz = resize ? gz(resize) : Infinity
const over = rows.filter((r) => r.problems.length)
const gzOf = (url: string) => {
  const data = readAsset(url)
  return data ? gz(data) : NaN
}
const worst = (kind: string, key: keyof PageWeight) =>
  Math.max(...rows.filter((r) => r.w.kind === kind).map((r) => r.w[key] as number))
console.log(
  `\nbudgets (KB, compressed): first trip ${BUDGET.firstRoundTrip / 1024}, page ${BUDGET.pageTotal / 1024}, JS ${BUDGET.pageJs / 1024}, embed ${BUDGET.embedTotal / 1024}, resize.js ${BUDGET.resizeScript / 1024}`,
)
console.log(
  `content page JavaScript: ${SAFETY_SCRIPT_URL} ${(gzOf(SAFETY_SCRIPT_URL) / 1024).toFixed(2)} KB (budget ${BUDGET.contentJs / 1024}); its service worker ${SERVICE_WORKER_URL} ${(gzOf(SERVICE_WORKER_URL) / 1024).toFixed(2)} KB, fetched once`,
)
console.log(
  `worst topic page: first trip ${kb(worst('topic', 'firstTripGz')).trim()} KB, whole page ${kb(worst('topic', 'totalGz')).trim()} KB, JS ${kb(worst('topic', 'jsGz')).trim()} KB; worst embed ${kb(worst('embed', 'totalGz')).trim()} KB; resize.js ${(resizeGz / 1024).toFixed(2)} KB`,
)

// Search: what the first query in each language downloads before any index chunk, and the largest chunk.
const pf = path.join(OUT, SEARCH_INDEX_ROOT)
const pfFiles = fs.existsSync(pf) ? walkFiles(pf).map((f) => path.relative(pf, f)) : []
const bytesOf = (rel: string) => {
  const data = fs.readFileSync(path.join(pf, rel))
  // Pagefind's own files (engine, index, metadata) are stored gzipped already; scripts are not.
  return rel.endsWith('.js') ? gz(data) : data.length
}
// Pagefind's manifest names each language's files: its metadata by hash, its engine by language
// (wasm.unknown for languages without a stemmer, here Chinese and Korean).
const entry = readSearchEntry(pf)
if (!entry) over.push({ w: { path: SEARCH_INDEX_ROOT } as PageWeight, problems: ['no search index was built'] })
for (const [lang, { hash, wasm }] of Object.entries(entry?.languages ?? {})) {
  const files = ['pagefind.js', 'pagefind-worker.js', `wasm.${wasm ?? 'unknown'}.pagefind`, `pagefind.${hash}.pf_meta`]
  const engine = files.reduce((n, f) => n + bytesOf(f), 0)
  const chunks = pfFiles.filter((f) => f.startsWith(`index/${lang}_`)).map(bytesOf)
  const chunk = Math.max(0, ...chunks)
  console.log(
    `search (${lang}): engine ${kb(engine).trim()} KB before the first query; largest of ${chunks.length} index chunks ${kb(chunk).trim()} KB`,
  )
  const problems = [
    ...(engine > BUDGET.searchEngine ? [`search engine for ${lang} is ${engine} bytes`] : []),
    ...(chunk > BUDGET.searchChunk ? [`a ${lang} index chunk is ${chunk} bytes`] : []),
  ]
  if (problems.length) over.push({ w: { path: `${SEARCH_INDEX_ROOT}${lang}` } as PageWeight, problems })
}
if (resizeGz > BUDGET.resizeScript)
  over.push({ w: { path: RESIZE_SCRIPT_URL } as PageWeight, problems: [`resize.js is ${resizeGz} bytes compressed`] })
if (over.length) {
  console.error(`\n✗ Budget failed: ${over.length} page(s) over budget: ${over.map((o) => o.w.path).join(', ')}`)
  process.exit(1)
}
console.log(`\n✓ Budget passed: ${rows.length} pages within budget`)
