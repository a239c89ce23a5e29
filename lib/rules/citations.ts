/**
 * Citation rules: every claim traces to a finding in the source pack (non-negotiable 1).
 * A writer cites with <Cite id="pack-id" f="F2" /> right after the sentence; every paragraph,
 * list item and table cell of health information must carry at least one citation.
 */
import { selectResources } from '../citations/select-resources'
import { RESOURCE_COMPONENTS } from '../citations/uses'
import { COUNTRIES } from '../model/taxonomy'
import { bodyLine, defineRule, str } from './types'
import { needsCitation } from '../model/claims'
import { resourceList } from './queries'

export const citationRules = [
  defineRule(
    'citations/mdx-syntax',
    "Content is text and citations only: code in MDX could hide text from the checks or run in readers' browsers.",
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        for (const issue of ctx.analyses.get(doc.file)?.prose.issues ?? [])
          report({ file: doc.file, line: bodyLine(doc, issue.line), message: issue.message, fix: issue.fix })
      }
    },
  ),
  defineRule(
    'citations/known-source',
    'A citation must point at a source from the pack, with a finding the pack really has; an invented source is the worst error a health site can make.',
    (ctx, report) => {
      const sources = new Map(ctx.content.sources.map((s) => [str(s.data.id) ?? '', s]))
      for (const doc of ctx.content.pages) {
        for (const use of ctx.analyses.get(doc.file)?.uses ?? []) {
          if (use.kind !== 'cite') continue
          const line = bodyLine(doc, use.line)
          if (!use.source || !use.finding) {
            report({
              file: doc.file,
              line,
              message: '<Cite> needs both id="…" and f="…"',
              fix: 'write <Cite id="pack-source-id" f="F2" />',
            })
            continue
          }
          const pack = ctx.pack.get(use.source)
          if (!pack) {
            report({
              file: doc.file,
              line,
              message: `cites unknown source "${use.source}"`,
              fix: 'use the id of a source in vendor/source-pack/ (the file name without .md); never invent a source',
            })
            continue
          }
          if (![...pack.findings, ...pack.contacts].some((f) => f.id === use.finding)) {
            report({
              file: doc.file,
              line,
              message: `source "${use.source}" has no finding "${use.finding}"`,
              fix: `use one of: ${[...pack.findings, ...pack.contacts].map((f) => f.id).join(', ')}`,
            })
            continue
          }
          const copy = sources.get(use.source)
          const findings = Array.isArray(copy?.data.findings) ? (copy.data.findings as { id?: unknown }[]) : []
          if (!copy || !findings.some((f) => f.id === use.finding)) {
            report({
              file: doc.file,
              line,
              message: `${use.source} ${use.finding} is in the pack but not yet in content/sources/${use.source}.yaml`,
              fix: 'run npm run sources:sync',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'citations/every-paragraph',
    'Every factual sentence must be backed by a source; the build checks that no paragraph, list item or table cell of health information is left without one.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        for (const b of ctx.analyses.get(doc.file)?.prose.blocks ?? []) {
          if (needsCitation(b) && b.cites.length === 0) {
            report({
              file: doc.file,
              line: bodyLine(doc, b.line),
              message: `no citation for: "${b.text.slice(0, 70)}${b.text.length > 70 ? '…' : ''}"`,
              fix: 'add <Cite id="…" f="…" /> after the sentence; if the text only points the reader somewhere, wrap it in <Signpost>; if the pack has nothing for it, remove the claim',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'citations/resource-components',
    'A help directory that shows nothing, or a card for a service we do not have, would fail someone looking for help.',
    (ctx, report) => {
      const resources = resourceList(ctx)
      for (const doc of ctx.content.pages) {
        for (const use of ctx.analyses.get(doc.file)?.uses ?? []) {
          if (use.kind !== 'resources') continue
          const line = bodyLine(doc, use.line)
          const bad = use.countries.filter((c) => !(c in COUNTRIES))
          if (bad.length)
            report({
              file: doc.file,
              line,
              message: `<${use.component}> names unknown country code(s): ${bad.join(', ')}`,
              fix: `use codes from lib/model/taxonomy.ts: ${Object.keys(COUNTRIES).join(', ')}`,
            })
          const missing = use.ids.filter((id) => !resources.some((r) => r.id === id))
          if (missing.length)
            report({
              file: doc.file,
              line,
              message: `<${use.component}> names unknown resource(s): ${missing.join(', ')}`,
              fix: 'use the id of a file in content/resources/',
            })
          if (!bad.length && !missing.length && selectResources(use, resources).length === 0) {
            report({
              file: doc.file,
              line,
              message: `<${use.component}> would show no service`,
              fix: `add resources for ${use.countries.join(', ') || 'it'} in content/resources/ or remove the component (${RESOURCE_COMPONENTS.join(', ')})`,
            })
          }
        }
      }
    },
  ),
]
