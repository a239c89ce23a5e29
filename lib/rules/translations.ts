/**
 * Translation rules (issue 9): a translated page is the English page in another language, so it
 * keeps the English page's place, audience and every citation, and records which English text it
 * was translated from. Whether that English text has changed since is not an error: the page says
 * so itself and `npm run translations:status` lists it (lib/content/translation-state.ts).
 */
import { CONTENT_HASH } from '../model/content-hash'
import { DEFAULT_LOCALE } from '../model/taxonomy'
import type { RawDoc } from '../content/read-files'
import { RESOURCE_TEXT_FIELDS, localeOf } from './queries'
import { defineRule, str, type CheckContext } from './types'

/** Page fields a translation shares with its English twin: where it is listed and how it is checked. */
export const SHARED_FIELDS = ['section', 'audience', 'substance', 'urgency', 'embeddable', 'order'] as const

const nameOf = (doc: RawDoc) => doc.file.split('/').pop() ?? ''
const kindOf = (doc: RawDoc) => doc.file.split('/')[1] ?? '' // pages | site

/** Each translated page or site page with its English twin (same folder kind, same file name), if any. */
function twins(ctx: CheckContext) {
  const english = new Map<string, RawDoc>()
  for (const d of [...ctx.content.pages, ...ctx.content.sitePages])
    if (localeOf(d) === DEFAULT_LOCALE) english.set(`${kindOf(d)}/${nameOf(d)}`, d)
  return [...ctx.content.pages, ...ctx.content.sitePages]
    .filter((d) => localeOf(d) !== DEFAULT_LOCALE)
    .map((doc) => ({ doc, en: english.get(`${kindOf(doc)}/${nameOf(doc)}`) }))
}

const citesOf = (ctx: CheckContext, doc: RawDoc) =>
  new Set(
    (ctx.analyses.get(doc.file)?.uses ?? []).flatMap((u) => (u.kind === 'cite' ? [`${u.source} ${u.finding}`] : [])),
  )

export const translationRules = [
  defineRule(
    'translation/twin',
    'A translation is of an English page: the language switcher, the "read the English original" link and the stale check all find it by its file name.',
    (ctx, report) => {
      for (const { doc, en } of twins(ctx))
        if (!en)
          report({
            file: doc.file,
            message: `no English page content/${kindOf(doc)}/${DEFAULT_LOCALE}/${nameOf(doc)} to be a translation of`,
            fix: 'give the file the same name as the English page it translates (write the English page first)',
          })
    },
  ),
  defineRule(
    'translation/from',
    'A translation records the English text it was translated from, so the site can tell readers when the English has changed since.',
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const from = doc.data.translatedFrom
        if (localeOf(doc) === DEFAULT_LOCALE) {
          if (from !== undefined)
            report({
              file: doc.file,
              field: 'translatedFrom',
              message: 'an English page is not a translation',
              fix: 'remove translatedFrom',
            })
        } else if (typeof from !== 'string' || !CONTENT_HASH.test(from)) {
          report({
            file: doc.file,
            field: 'translatedFrom',
            message: `translatedFrom is ${from === undefined ? 'missing' : `"${String(from)}"`}: it must be the 7-character content hash of the English text you translated`,
            fix: 'run npm run translations:status and copy the English page’s current hash',
          })
        }
      }
    },
  ),
  defineRule(
    'translation/same-place',
    'A translation sits where its English page sits (section, audience, urgency, embeddable, order): readers switching language find the same page, and an urgent page keeps its stricter checks.',
    (ctx, report) => {
      for (const { doc, en } of twins(ctx)) {
        if (!en || kindOf(doc) !== 'pages') continue
        for (const field of SHARED_FIELDS)
          if (doc.data[field] !== en.data[field])
            report({
              file: doc.file,
              field,
              message: `${field} is ${JSON.stringify(doc.data[field])} but the English page has ${JSON.stringify(en.data[field])}`,
              fix: `copy ${field} from ${en.file}`,
            })
      }
    },
  ),
  defineRule(
    'translation/same-citations',
    'A translation makes the same claims as the English page, so it cites every finding the English cites (it may add findings from sources in its own language).',
    (ctx, report) => {
      for (const { doc, en } of twins(ctx)) {
        if (!en) continue
        const mine = citesOf(ctx, doc)
        const missing = [...citesOf(ctx, en)].filter((c) => !mine.has(c))
        if (missing.length)
          report({
            file: doc.file,
            message: `the English page cites ${missing.join(', ')}, which the translation does not`,
            fix: `add <Cite id="…" f="…" /> after the translated sentence each supports (see ${en.file})`,
          })
      }
    },
  ),
  defineRule(
    'translation/resource-text',
    'A helpline shown on a translated page shows its text in that language: the same fields as the English, never a number or fact of its own (those stay in content/resources/).',
    (ctx, report) => {
      const english = new Map(ctx.content.resources.map((r) => [str(r.data.id) ?? '', r]))
      const translated = new Map<string, Set<string>>()
      for (const t of ctx.content.resourceTexts) {
        const id = str(t.data.id) ?? ''
        const locale = localeOf(t)
        translated.set(locale, (translated.get(locale) ?? new Set()).add(id))
        const en = english.get(id)
        if (!en) {
          report({
            file: t.file,
            field: 'id',
            message: `there is no helpline content/resources/${id}.yaml to translate`,
            fix: 'name the file after an existing resource id',
          })
          continue
        }
        for (const field of RESOURCE_TEXT_FIELDS) {
          const [has, should] = [t.data[field] !== undefined, en.data[field] !== undefined]
          if (has !== should)
            report({
              file: t.file,
              field,
              message: has
                ? `${field} is not in the English ${en.file}`
                : `${field} is in the English ${en.file} but not here`,
              fix: has ? `remove ${field}` : `translate ${field} from ${en.file}`,
            })
        }
      }
      const published = new Set(ctx.content.pages.map(localeOf).filter((l) => l !== DEFAULT_LOCALE))
      for (const locale of published)
        for (const id of english.keys())
          if (!translated.get(locale)?.has(id))
            report({
              file: `content/resource-text/${locale}/${id}.yaml`,
              message: `the helpline ${id} has no ${locale} text, but ${locale} pages are published`,
              fix: `translate content/resources/${id}.yaml into content/resource-text/${locale}/${id}.yaml`,
            })
    },
  ),
]
