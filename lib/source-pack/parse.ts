/**
 * Parses one file of the source pack (vendor/source-pack/<id>.md, copied from ../shared/sources).
 * The pack is the only place facts may come from (editorial policy, docs/content-guide.md), so
 * this parser is strict: a line it cannot read is an error, never silently skipped.
 * Format: vendor/source-pack/README.md, "File format".
 */
import { parse as parseYaml } from 'yaml'

export interface PackFinding {
  /** F1, F2 … for findings; C1, C2 … for the `## Contacts` lines, numbered in pack order. */
  id: string
  /** The pack's paraphrase (for contacts: the whole line before the anchor). */
  text: string
  /** At most ten verbatim words from the page: used only to build `#:~:text=` deep links. */
  anchor: string
  /** Where on the page the finding is ("Section:" in the pack); empty for contacts. */
  section: string
}

export interface PackSource {
  id: string
  title: string
  publisher: string
  url: string
  /** The publisher's own address where `url` is a mirror, proxy or repost (the pack's optional `original`). */
  original?: string
  published: string
  kind: string
  country: string
  language: string
  topics: string[]
  findings: PackFinding[]
  contacts: PackFinding[]
  /** Provenance caveats (`## Notes`), shown to reviewers on the source page. */
  notes: string[]
}

const FINDING = /^- \*\*(F\d+)\*\* (.*?)\s+Section: (.*?)\.?\s+Anchor: "(.*)"\s*$/
const CONTACT = /^- (.*?)\s+—\s+Anchor: "(.*)"\s*$/

export class PackParseError extends Error {}

export function parsePackFile(fileName: string, raw: string): PackSource {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'))
  if (!match) throw new PackParseError(`${fileName}: no YAML front matter between --- lines`)
  const meta = parseYaml(match[1] ?? '', { schema: 'core' }) as Record<string, unknown>
  const body = match[2] ?? ''
  const str = (key: string): string => {
    const value = meta[key]
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new PackParseError(`${fileName}: front matter field "${key}" is missing`)
    }
    return String(value)
  }
  const source: PackSource = {
    id: str('id'),
    title: str('title'),
    publisher: str('publisher'),
    url: str('url'),
    ...(meta.original ? { original: String(meta.original) } : {}),
    published: str('published'),
    kind: str('kind'),
    country: str('country'),
    language: str('language'),
    topics: Array.isArray(meta.topics) ? meta.topics.map(String) : [],
    findings: [],
    contacts: [],
    notes: [],
  }
  let part = ''
  for (const line of body.split('\n')) {
    const heading = /^## (\w+)/.exec(line)
    if (heading) {
      part = heading[1] ?? ''
      continue
    }
    if (!line.startsWith('- ')) continue
    if (part === 'Findings') {
      const f = FINDING.exec(line)
      if (!f) throw new PackParseError(`${fileName}: cannot read finding line: ${line.slice(0, 80)}`)
      source.findings.push({ id: f[1]!, text: f[2]!, section: f[3]!.replace(/^"|"$/g, ''), anchor: f[4]! })
    } else if (part === 'Contacts') {
      const c = CONTACT.exec(line)
      if (!c) throw new PackParseError(`${fileName}: cannot read contact line: ${line.slice(0, 80)}`)
      source.contacts.push({ id: `C${source.contacts.length + 1}`, text: c[1]!, anchor: c[2]!, section: '' })
    } else if (part === 'Notes') {
      source.notes.push(line.slice(2).trim())
    }
  }
  return source
}
