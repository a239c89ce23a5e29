/**
 * `npm run sources:sync`: writes content/sources/<id>.yaml for every source the content cites,
 * copied from the source pack with exactly the findings and contacts cited, and deletes source
 * files nothing cites. Writers never type a title, URL or finding by hand.
 */
import fs from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { buildContext } from '../lib/rules/index'
import { citedFindings } from '../lib/rules/queries'
import { readContent } from '../lib/content/read-files'
import { todayIso } from '../lib/dates'
import { redactForbidden } from '../lib/forbidden-numbers'
import { loadPack } from '../lib/source-pack/load'

const root = process.cwd()
const dir = path.join(root, 'content', 'sources')
const pack = loadPack()
const ctx = buildContext(readContent(root), pack, todayIso())
const cited = citedFindings(ctx)
const order = (id: string) => (id[0] === 'F' ? 0 : 1000) + Number(id.slice(1))

fs.mkdirSync(dir, { recursive: true })
let written = 0
const skipped: string[] = []
for (const [id, findings] of [...cited].sort(([a], [b]) => a.localeCompare(b))) {
  const source = pack.get(id)
  if (!source) {
    skipped.push(`${id} (not in the pack)`)
    continue
  }
  const all = [...source.findings, ...source.contacts]
  const used = [...findings].filter((f) => all.some((x) => x.id === f)).sort((a, b) => order(a) - order(b))
  const doc = {
    id: source.id,
    // A title that prints a superseded number (the pack's "Do not publish") is copied with it redacted, like notes.
    title: redactForbidden(source.title),
    publisher: source.publisher,
    url: source.url,
    ...(source.original ? { original: source.original } : {}),
    published: source.published,
    kind: source.kind,
    country: source.country,
    language: source.language,
    findings: used.map((f) => {
      const x = all.find((y) => y.id === f)!
      return { id: x.id, paraphrase: x.text, anchor: x.anchor }
    }),
    // Notes are copied with superseded or unconfirmed numbers taken out (lib/forbidden-numbers.ts).
    ...(source.notes.length ? { notes: source.notes.map(redactForbidden) } : {}),
  }
  const text = `# Copied from vendor/source-pack/${id}.md by npm run sources:sync. Do not edit by hand.\n${stringify(doc, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`
  const file = path.join(dir, `${id}.yaml`)
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.writeFileSync(file, text)
    written++
  }
}
let removed = 0
for (const file of fs.readdirSync(dir)) {
  if (file.endsWith('.yaml') && !cited.has(file.replace(/\.yaml$/, ''))) {
    fs.rmSync(path.join(dir, file))
    removed++
  }
}
console.log(
  `sources:sync: ${cited.size} cited sources, ${written} written, ${removed} removed${skipped.length ? `; not in the pack: ${skipped.join(', ')}` : ''}`,
)
