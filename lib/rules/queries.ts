/**
 * Queries over the content that several rule families share. Rule files export rules only; what
 * two families both need lives here, so no rule file imports another.
 */
import { parseCites } from '../model/urgent'
import type { ResourceLike } from '../citations/select-resources'
import { bodyLine, str, type CheckContext } from './types'

/** Fields of resources that readers read as sentences. */
export const RESOURCE_TEXT_FIELDS = ['description', 'caveat', 'confidentiality', 'hours', 'cost'] as const

export const isEnglish = (locale: unknown) => locale === undefined || locale === 'en'

/** Every text a reader sees: titles, summaries, body blocks and resource text (English only unless `allLocales`). */
export function* readableTexts(ctx: CheckContext, allLocales = false) {
  for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
    if (!allLocales && !isEnglish(doc.data.locale)) continue
    for (const field of ['title', 'summary'] as const) {
      const v = str(doc.data[field])
      if (v) yield { doc, field: field as string, line: undefined as number | undefined, text: v }
    }
    // "What changed" lines are read too (lib/rules/changes.ts): the same word and sentence rules apply.
    for (const [i, c] of (Array.isArray(doc.data.changes)
      ? (doc.data.changes as { summary?: unknown }[])
      : []
    ).entries()) {
      const v = str(c?.summary)
      if (v) yield { doc, field: `changes[${i}].summary`, line: undefined, text: v }
    }
    for (const b of ctx.analyses.get(doc.file)?.prose.blocks ?? [])
      yield { doc, field: undefined, line: bodyLine(doc, b.line), text: b.text }
  }
  for (const doc of ctx.content.urgent) {
    if (!allLocales && !isEnglish(doc.data.locale)) continue
    const items = Array.isArray(doc.data.items) ? (doc.data.items as { text?: unknown }[]) : []
    for (const [i, it] of items.entries()) {
      const v = str(it.text)
      if (v) yield { doc, field: `items[${i}].text` as string, line: undefined, text: v }
    }
    for (const [i, g] of (Array.isArray(doc.data.groups) ? (doc.data.groups as { title?: unknown }[]) : []).entries()) {
      const v = str(g.title)
      if (v) yield { doc, field: `groups[${i}].title` as string, line: undefined, text: v }
    }
  }
  for (const doc of ctx.content.resources) {
    for (const field of RESOURCE_TEXT_FIELDS) {
      const v = str(doc.data[field])
      if (v) yield { doc, field, line: undefined, text: v }
    }
  }
  if (!allLocales) return
  for (const doc of ctx.content.resourceTexts) {
    for (const field of ['name', ...RESOURCE_TEXT_FIELDS] as const) {
      const v = str(doc.data[field])
      if (v) yield { doc, field, line: undefined, text: v }
    }
  }
}

/** The language of a content file: its `locale` field, or English for files that have none (resources, sources). */
export const localeOf = (doc: { data: Record<string, unknown> }) => str(doc.data.locale) ?? 'en'
/** Read in a crisis: an urgent page, or the urgent advice itself. */
export const isUrgentText = (doc: { file: string; data: Record<string, unknown> }) =>
  doc.data.urgency === 'urgent' || doc.file.startsWith('content/urgent/')

export const resourceList = (ctx: CheckContext): ResourceLike[] =>
  ctx.content.resources.map((r) => ({
    id: str(r.data.id) ?? '',
    country: str(r.data.country) ?? '',
    kind: str(r.data.kind) ?? '',
    region: str(r.data.region),
    name: str(r.data.name) ?? '',
  }))

/** source id → finding ids cited anywhere (pages, and the resources pages show or that exist). */
export function citedFindings(ctx: CheckContext): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>()
  const add = (s: string, f: string) => cited.set(s, (cited.get(s) ?? new Set()).add(f))
  for (const a of ctx.analyses.values()) for (const u of a.uses) if (u.kind === 'cite') add(u.source, u.finding)
  for (const u of ctx.content.urgent) {
    for (const item of Array.isArray(u.data.items) ? (u.data.items as { cites?: unknown }[]) : []) {
      for (const c of parseCites(str(item.cites) ?? '').list) add(c.source, c.finding)
    }
  }
  for (const r of ctx.content.resources) {
    const source = str(r.data.source)
    if (source && Array.isArray(r.data.confirmedBy))
      for (const f of r.data.confirmedBy) if (typeof f === 'string') add(source, f)
  }
  return cited
}

export function urlProtocol(url: string): string {
  try {
    return new URL(url).protocol
  } catch {
    return 'invalid'
  }
}
