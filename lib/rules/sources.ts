/**
 * Source rules: a Source on this site is a faithful copy of its entry in the source pack, so a
 * reviewer can trust that the title, publisher and link are the pack's, never retyped or invented
 * (non-negotiable 1). `npm run sources:sync` writes these files; these rules catch hand edits.
 */
import { redactForbidden } from '../forbidden-numbers'
import { defineRule, str } from './types'
import { citedFindings } from './queries'
import { urlProtocol } from './queries'

const COPIED = ['title', 'publisher', 'url', 'published', 'kind', 'country', 'language'] as const

export const sourceRules = [
  defineRule(
    'sources/in-pack',
    'Every source must come from the source pack; a source outside it cannot be checked.',
    (ctx, report) => {
      for (const doc of ctx.content.sources) {
        const id = str(doc.data.id)
        if (id && !ctx.pack.has(id))
          report({
            file: doc.file,
            field: 'id',
            message: `"${id}" is not in the source pack (vendor/source-pack/)`,
            fix: 'use a source from the pack; to add a new source, it must first be added to the pack with its findings',
          })
      }
    },
  ),
  defineRule(
    'sources/matches-pack',
    "Title, publisher, URL and date must be exactly the pack's, so citations cannot drift from what was checked.",
    (ctx, report) => {
      for (const doc of ctx.content.sources) {
        const pack = ctx.pack.get(str(doc.data.id) ?? '')
        if (!pack) continue
        for (const key of COPIED) {
          const have = doc.data[key]
          // Titles, like notes, are copied with any do-not-publish number redacted (scripts/sources-sync.ts).
          const want = key === 'title' ? redactForbidden(pack.title) : pack[key]
          if (have !== undefined && String(have) !== want) {
            report({
              file: doc.file,
              field: key,
              message: `${key} is "${String(have)}" but the pack says "${want}"`,
              fix: 'run npm run sources:sync to copy it from the pack (do not retype it)',
            })
          }
        }
        // `original` is optional in the pack, so a missing copy is as wrong as a retyped one.
        if (str(doc.data.original) !== pack.original) {
          report({
            file: doc.file,
            field: 'original',
            message: `original is "${str(doc.data.original) ?? '(missing)'}" but the pack says "${pack.original ?? '(none)'}"`,
            fix: 'run npm run sources:sync to copy it from the pack (do not retype it)',
          })
        }
        const notes = Array.isArray(doc.data.notes) ? doc.data.notes : []
        if (JSON.stringify(notes) !== JSON.stringify(pack.notes.map(redactForbidden))) {
          report({
            file: doc.file,
            field: 'notes',
            message: "notes differ from the pack's notes",
            fix: 'run npm run sources:sync to copy them from the pack',
          })
        }
        const findings = Array.isArray(doc.data.findings) ? (doc.data.findings as Record<string, unknown>[]) : []
        findings.forEach((f, i) => {
          const id = str(f?.id) ?? ''
          const packed = [...pack.findings, ...pack.contacts].find((x) => x.id === id)
          if (!packed) {
            report({
              file: doc.file,
              field: `findings[${i}].id`,
              message: `"${id}" is not a finding or contact of ${pack.id} in the pack`,
              fix: `use one of: ${[...pack.findings, ...pack.contacts].map((x) => x.id).join(', ')}`,
            })
            return
          }
          if (f.paraphrase !== packed.text || f.anchor !== packed.anchor) {
            report({
              file: doc.file,
              field: `findings[${i}]`,
              message: `${id} differs from the pack's text or anchor`,
              fix: 'run npm run sources:sync to copy it from the pack',
            })
          }
        })
      }
    },
  ),
  defineRule(
    'sources/https',
    'Readers follow these links: only https: is safe (never javascript:, data: or other schemes). The one exception is a pack entry whose own address is http:, kept exactly as the pack has it (never retyped) and marked "not a secure link" on the page.',
    (ctx, report) => {
      for (const doc of ctx.content.sources) {
        const url = str(doc.data.url)
        if (url === undefined) continue
        const protocol = urlProtocol(url)
        const packUrl = ctx.pack.get(str(doc.data.id) ?? '')?.url
        if (protocol === 'https:' || (protocol === 'http:' && url === packUrl)) continue
        report({
          file: doc.file,
          field: 'url',
          message: `url "${url}" is not an https: link`,
          fix: 'use the https address given in the pack; never a javascript:, data: or http: link',
        })
      }
    },
  ),
  defineRule(
    'sources/used',
    'Every source and finding listed must be cited somewhere, so the list of sources is exactly what the site relies on.',
    (ctx, report) => {
      const cited = citedFindings(ctx)
      for (const doc of ctx.content.sources) {
        const id = str(doc.data.id) ?? ''
        const used = cited.get(id)
        if (!used) {
          report({
            file: doc.file,
            message: `source "${id}" is not cited by any page or resource`,
            fix: 'cite it with <Cite id="…" f="…" />, or delete the file (npm run sources:sync does both)',
          })
          continue
        }
        const findings = Array.isArray(doc.data.findings) ? (doc.data.findings as Record<string, unknown>[]) : []
        findings.forEach((f, i) => {
          if (typeof f?.id === 'string' && !used.has(f.id))
            report({
              file: doc.file,
              field: `findings[${i}]`,
              message: `finding ${f.id} is never cited`,
              fix: 'cite it or remove it (npm run sources:sync removes unused findings)',
            })
        })
      }
    },
  ),
]
