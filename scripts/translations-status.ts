/**
 * `npm run translations:status`: every translated page, the English text it was translated from,
 * and whether the English has changed since (stale). Exit code 0 either way: a stale translation
 * still ships, saying so on the page.
 * `-- --stamp <file> …` records the English page's current hash in translated files you have
 * brought up to date (and only those: stamping is the translator's statement that they checked).
 * `-- --root <dir>` reads another content tree (the tests' fixtures).
 */
import fs from 'node:fs'
import path from 'node:path'
import { translationTable } from '../lib/content/translation-table'

const args = process.argv.slice(2)
const rootAt = args.indexOf('--root')
const root = rootAt >= 0 ? args[rootAt + 1]! : process.cwd()
const stampAt = args.indexOf('--stamp')
const rows = translationTable(root)

if (stampAt >= 0) {
  for (const file of args.slice(stampAt + 1).filter((a) => !a.startsWith('--'))) {
    const row = rows.find((r) => r.file === file)
    if (!row?.englishHash) {
      console.error(`✗ ${file} is not a translation of an English page`)
      process.exit(1)
    }
    const abs = path.join(root, file)
    const text = fs.readFileSync(abs, 'utf8')
    fs.writeFileSync(abs, text.replace(/^translatedFrom:.*$/m, `translatedFrom: "${row.englishHash}"`))
    console.log(`stamped ${file}: translated from ${row.englishHash}`)
  }
  process.exit(0)
}

const width = Math.max(...rows.map((r) => r.file.length), 4)
console.log(`${'file'.padEnd(width)}  from     english  state`)
for (const r of rows)
  console.log(`${r.file.padEnd(width)}  ${(r.from ?? '-').padEnd(7)}  ${(r.englishHash ?? '-').padEnd(7)}  ${r.state}`)
const stale = rows.filter((r) => r.state !== 'current')
console.log(
  `\n${rows.length} translated page(s): ${rows.length - stale.length} current, ${stale.length} stale or unmatched.`,
)
