/**
 * `npm run check:content`: runs every content rule (lib/rules) and exits 1 if any fails, so
 * nothing half-built ships. Runs first in `npm run build`.
 * Options: --root <dir> (a fixture tree), --today YYYY-MM-DD, --explain (list rules and reasons).
 */
import { factsFromAnalysis, writeFactsCache } from '../lib/content/analysis-cache'
import { RULES, checkContentWithContext, formatProblem } from '../lib/rules/index'
import { translationTable } from '../lib/content/translation-table'

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (args.includes('--explain')) {
  for (const r of RULES) console.log(`${r.id}\n  ${r.why}\n`)
  process.exit(0)
}

const started = performance.now()
const { problems, ctx } = checkContentWithContext({ root: opt('--root'), today: opt('--today') })
const ms = Math.round(performance.now() - started)
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n\n'))
  console.error(
    `\n✗ Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${RULES.length} rules, ${ms} ms). See docs/content-guide.md.`,
  )
  process.exit(1)
}
// Leave the measurements for Contentlayer, which needs the same ones (lib/content/analysis-cache.ts).
if (!opt('--root'))
  writeFactsCache(
    [...ctx.content.pages, ...ctx.content.sitePages]
      .filter((d) => ctx.analyses.has(d.file))
      .map((d) => [d.body, factsFromAnalysis(ctx.analyses.get(d.file)!)]),
  )
console.log(`✓ Content check passed: ${RULES.length} rules, ${ms} ms`)
// Not an error: a stale translation ships and says so on the page; the build output lists it.
const stale = translationTable(opt('--root')).filter((r) => r.state === 'stale')
if (stale.length)
  console.log(
    `! ${stale.length} translation(s) may be out of date (the English page changed since): ${stale.map((r) => r.file).join(', ')}. See npm run translations:status.`,
  )
