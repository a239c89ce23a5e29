/**
 * Urgent-advice rules. When to call for help and what to do while waiting are written once, in
 * content/urgent/<locale>.yaml, to the lay first-aid standard, and shown by <CallNow /> and
 * <FirstAid />. A wrong word here costs a life, and two pages that disagree about when to call
 * (one says "call now", another "call if it lasts an hour") leave a frightened reader guessing.
 * So: the advice is complete and cited in every language; urgent pages open with the call box;
 * no page states its own reasons or waiting times for calling; each step carries one citation group.
 */
import type { List, ListItem, Paragraph } from 'mdast'
import { visit } from 'unist-util-visit'
import { LOCALES, URGENT_GROUPS } from '../model/taxonomy'
import { parseCites, unknownGroups } from '../model/urgent'
import { isJsx, type JsxNode } from '../mdx/jsx'
import { gradeOf, sentences, stats } from '../text/readability'
import { MAX_GRADE_URGENT } from './limits'
import { bodyLine, defineRule, str, type CheckContext } from './types'

interface RawItem {
  id?: unknown
  group?: unknown
  text?: unknown
  cites?: unknown
}

const itemsOf = (data: Record<string, unknown>): RawItem[] =>
  Array.isArray(data.items) ? (data.items as RawItem[]) : []
const groupsOf = (data: Record<string, unknown>) =>
  Array.isArray(data.groups) ? (data.groups as { id?: unknown; title?: unknown }[]) : []

/** "call 911", "call an ambulance", "call emergency services", "call right away" … */
const CALL_FOR_HELP =
  /\b(?:call|phone|ring|dial)(?:ing)?\b[^.?!:]{0,40}?\b(?:emergency|ambulance|911|999|000|111|119|120|triple zero|right away|straight away|now|at once|immediately)\b/i
/** A condition ("if", "when", "for chest pain") or a time to wait ("more than an hour", "after 10 minutes", "wait"). */
const CONDITION = /\b(?:if|when|whenever|unless|until|once|for)\b/i
const WAITING =
  /\b(?:\d+|an?|one|two|three|few|several)\s+(?:minutes?|mins?|hours?|hrs?)\b|\blasts?\s+(?:more|longer)\s+than\b|\bwait\s+(?:and\s+see|to\s+see|for\s+(?:\d|an?\b|a\s+few))/i

/** The urgent file of each locale that has pages. */
function urgentByLocale(ctx: CheckContext) {
  return new Map(ctx.content.urgent.map((d) => [str(d.data.locale) ?? '', d]))
}

const isCite = (n: { type: string; name?: string | null }) => isJsx(n as never) && (n as JsxNode).name === 'Cite'
const isBlank = (n: { type: string; value?: string }) => n.type === 'text' && !(n.value ?? '').trim()

/** Runs of adjacent citations in a list item (a run ends at any visible text). */
function citeGroups(item: ListItem): number {
  let groups = 0
  for (const child of item.children) {
    if (child.type !== 'paragraph') continue
    let inRun = false
    for (const n of (child as Paragraph).children) {
      if (isCite(n)) {
        if (!inRun) groups++
        inRun = true
      } else if (!isBlank(n)) inRun = false
    }
  }
  return groups
}

export const urgentRules = [
  defineRule(
    'urgent/complete',
    'Every language must have the whole urgent advice, each sign and step cited, and the same items as English, so no reader gets less.',
    (ctx, report) => {
      const byLocale = urgentByLocale(ctx)
      const locales = new Set(ctx.content.pages.map((p) => str(p.data.locale) ?? ''))
      for (const locale of LOCALES) {
        if (locales.has(locale) && !byLocale.has(locale)) {
          report({
            file: `content/urgent/${locale}.yaml`,
            message: `pages exist in "${locale}" but its urgent advice does not`,
            fix: `add content/urgent/${locale}.yaml: a translation of content/urgent/en.yaml with the same item ids and citations`,
          })
        }
      }
      const english = byLocale.get('en')
      for (const doc of ctx.content.urgent) {
        const base = doc.file
          .split('/')
          .pop()!
          .replace(/\.yaml$/, '')
        if (str(doc.data.locale) !== base)
          report({
            file: doc.file,
            field: 'locale',
            message: `locale is "${String(doc.data.locale)}" but the file is ${base}.yaml`,
            fix: `set locale: ${base}`,
          })
        const titled = new Set(groupsOf(doc.data).map((g) => g.id))
        const items = itemsOf(doc.data)
        for (const g of URGENT_GROUPS) {
          if (!titled.has(g))
            report({
              file: doc.file,
              field: 'groups',
              message: `group "${g}" has no title`,
              fix: `add "- id: ${g}" with its title under groups:`,
            })
          if (!items.some((it) => it.group === g))
            report({
              file: doc.file,
              field: 'items',
              message: `group "${g}" has no items`,
              fix: `add at least one item with group: ${g}`,
            })
        }
        const seen = new Set<unknown>()
        items.forEach((it, i) => {
          if (seen.has(it.id))
            report({
              file: doc.file,
              field: `items[${i}].id`,
              message: `item id "${String(it.id)}" is used twice`,
              fix: 'give every item its own id',
            })
          seen.add(it.id)
          const { list, bad } = parseCites(str(it.cites) ?? '')
          if (bad.length || list.length === 0) {
            report({
              file: doc.file,
              field: `items[${i}].cites`,
              message: `cites "${String(it.cites)}" is not a list of findings`,
              fix: 'write the findings that say it as "pack-id F3, other-id F1"',
            })
          }
          for (const c of list) {
            const source = ctx.pack.get(c.source)
            if (!source)
              report({
                file: doc.file,
                field: `items[${i}].cites`,
                message: `"${c.source}" is not in the source pack`,
                fix: 'cite a source from vendor/source-pack/',
              })
            else if (![...source.findings, ...source.contacts].some((f) => f.id === c.finding)) {
              report({
                file: doc.file,
                field: `items[${i}].cites`,
                message: `${c.source} has no finding ${c.finding}`,
                fix: `use one of: ${source.findings.map((f) => f.id).join(', ')}`,
              })
            }
          }
        })
        if (english && doc !== english) {
          const want = itemsOf(english.data).map((it) => `${String(it.id)}: ${String(it.cites)}`)
          const have = items.map((it) => `${String(it.id)}: ${String(it.cites)}`)
          const missing = want.filter((w) => !have.includes(w))
          if (missing.length || have.length !== want.length) {
            report({
              file: doc.file,
              field: 'items',
              message: `the items or citations differ from content/urgent/en.yaml (first difference: ${missing[0] ?? have.find((h) => !want.includes(h))})`,
              fix: 'translate every English item, keeping its id and its cites exactly',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'urgent/plain',
    `Urgent advice is read in a crisis: reading grade ${MAX_GRADE_URGENT} or lower, and short sentences.`,
    (ctx, report) => {
      for (const doc of ctx.content.urgent) {
        if (str(doc.data.locale) !== 'en') continue // grade formulas are for English (lib/text/readability.ts)
        const texts = itemsOf(doc.data).map((it) => str(it.text) ?? '')
        const grade = gradeOf(stats(texts))
        if (grade > MAX_GRADE_URGENT) {
          const longest = texts.flatMap(sentences).sort((a, b) => b.words - a.words)[0]
          report({
            file: doc.file,
            field: 'items',
            message: `reading grade is ${grade}; urgent advice must be ${MAX_GRADE_URGENT} or lower`,
            fix: `use shorter sentences and everyday words; the longest sentence is: "${longest?.text ?? ''}"`,
          })
        }
      }
    },
  ),
  defineRule(
    'urgent/call-box-first',
    'On an urgent page the first thing a frightened reader sees must be the call box and the numbers, not an introduction.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        if (doc.data.urgency !== 'urgent') continue
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        const first = tree.children.find((n) => !(n.type === 'paragraph' && !n.children.length))
        const ok = first && isJsx(first as never) && (first as unknown as JsxNode).name === 'CallNow'
        if (!ok)
          report({
            file: doc.file,
            line: bodyLine(doc, first?.position?.start.line ?? 1),
            message: 'an urgent page must open with the call box',
            fix: 'make <CallNow /> the first line of the body, then <FirstAid show="…" />',
          })
      }
    },
  ),
  defineRule(
    'urgent/no-own-call-signs',
    'When to call for help is written once (content/urgent/<locale>.yaml). A page that lists its own reasons to call, or a time to wait, will one day contradict it; one page told readers to wait an hour with heatstroke.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        for (const b of ctx.analyses.get(doc.file)?.prose.blocks ?? []) {
          for (const s of sentences(b.text)) {
            if (!CALL_FOR_HELP.test(s.text)) continue
            const why = WAITING.test(s.text)
              ? 'a time to wait before calling'
              : CONDITION.test(s.text)
                ? 'its own reason to call'
                : undefined
            if (!why) continue
            report({
              file: doc.file,
              line: bodyLine(doc, b.line),
              message: `the page sets ${why} emergency services: "${s.text.slice(0, 90)}"`,
              fix: 'show the call signs with <CallNow /> (or link to the overdose page) instead; no page may set its own signs or waiting times',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'urgent/first-aid-groups',
    'A <FirstAid show="…"> naming a group that does not exist would silently show nothing where steps were meant to be.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        visit(tree, (n) => {
          if (!isJsx(n as never) || (n as unknown as JsxNode).name !== 'FirstAid') return
          const node = n as unknown as JsxNode
          const show = String(node.attributes.find((a) => a.name === 'show')?.value ?? '')
            .split(/[\s,]+/)
            .filter(Boolean)
          const bad = unknownGroups(show)
          if (bad.length)
            report({
              file: doc.file,
              line: bodyLine(doc, node.position?.start.line ?? 0),
              message: `<FirstAid> shows unknown group(s): ${bad.join(', ')}`,
              fix: `use groups from: ${URGENT_GROUPS.slice(2).join(', ')}`,
            })
        })
      }
    },
  ),
  defineRule(
    'urgent/one-cite-group',
    'On urgent pages a step must read as a step: at most one group of citations per numbered step, at its end.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        if (doc.data.urgency !== 'urgent') continue
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        visit(tree, 'list', (list: List) => {
          if (!list.ordered) return // numbered lists are steps; bullet lists of facts may cite sentence by sentence
          for (const item of list.children) {
            const n = citeGroups(item)
            if (n > 1)
              report({
                file: doc.file,
                line: bodyLine(doc, item.position?.start.line ?? 0),
                message: `a numbered step carries ${n} separate groups of citations`,
                fix: "put all of the item's <Cite /> together at its end, or split it into two items",
              })
          }
        })
      }
    },
  ),
]
