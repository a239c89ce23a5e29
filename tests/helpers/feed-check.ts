/**
 * Reads a feed as a feed reader would and lists what is wrong with it: Atom against RFC 4287's
 * required elements (with a real XML parser, fast-xml-parser), JSON Feed against a JSON Schema
 * written from the 1.1 specification (tests/fixtures/feeds/jsonfeed-1.1.schema.json, with ajv).
 * Shared by the feed builder's unit test and the check of every feed in out/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

type Node = Record<string, unknown>
export const text = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : v && typeof v === 'object' && typeof (v as Node)['#text'] === 'string'
      ? ((v as Node)['#text'] as string)
      : undefined
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node])

export interface AtomFeed {
  feed: Node
  entries: Node[]
}

export function parseAtom(xml: string): AtomFeed {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false }).parse(
    xml,
  ) as Node
  const feed = (parsed.feed ?? {}) as Node
  return { feed, entries: list(feed.entry) }
}

/** RFC 4287: feed id, title, updated, author (or one per entry), a self and an alternate link; entry id, title, updated, link. */
export function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`]
  const { feed, entries } = parseAtom(xml)
  const out: string[] = []
  if (feed['@_xmlns'] !== ATOM_NS) out.push(`the root is not an Atom <feed> (xmlns ${String(feed['@_xmlns'])})`)
  const date = (where: string, v: unknown) => {
    const s = text(v)
    if (!s || !RFC3339.test(s) || Number.isNaN(Date.parse(s)))
      out.push(`${where}: updated "${String(s)}" is not an RFC 3339 date`)
  }
  for (const f of ['id', 'title']) if (!text(feed[f])?.trim()) out.push(`feed: no <${f}>`)
  date('feed', feed.updated)
  const links = list(feed.link)
  for (const rel of ['self', 'alternate'])
    if (!links.some((l) => (l['@_rel'] ?? 'alternate') === rel && URL.canParse(String(l['@_href']))))
      out.push(`feed: no <link rel="${rel}"> with an absolute href`)
  const feedAuthor = list(feed.author).some((a) => text(a.name)?.trim())
  const ids = new Set<string>()
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`
    for (const f of ['id', 'title']) if (!text(e[f])?.trim()) out.push(`${where}: no <${f}>`)
    date(where, e.updated)
    const id = text(e.id) ?? ''
    if (ids.has(id)) out.push(`${where}: id ${id} is used twice`)
    ids.add(id)
    if (!list(e.link).some((l) => (l['@_rel'] ?? 'alternate') === 'alternate' && URL.canParse(String(l['@_href']))))
      out.push(`${where}: no alternate <link> with an absolute href`)
    if (!feedAuthor && !list(e.author).some((a) => text(a.name)?.trim()))
      out.push(`${where}: no author, and the feed has none`)
  })
  return out
}

const schema = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'feeds', 'jsonfeed-1.1.schema.json'), 'utf8'),
) as object
const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema)

/** JSON Feed 1.1: the schema, and item ids unique within the feed. */
export function jsonFeedProblems(body: string): string[] {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`]
  }
  const out = validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
  const ids = ((json as { items?: { id?: unknown }[] }).items ?? []).map((i) => i.id)
  if (new Set(ids).size !== ids.length) out.push('two items share an id')
  return out
}
