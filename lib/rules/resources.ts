/**
 * Help-directory rules. A wrong phone number given to someone in crisis is a real harm, so every
 * number on the site must be printed in the source pack, confirmed by a named finding, dialable,
 * and never one the pack marks superseded or unconfirmed (vendor/source-pack/README.md).
 */
import { RESOURCE_COMPONENTS } from '../citations/uses'
import { selectResources } from '../citations/select-resources'
import { findForbidden } from '../forbidden-numbers'
import { dialledDigits, digitsOf, isDialable, labelDigits, phoneShaped } from '../phone'
import { lawEnforcement, readPackReadme } from '../source-pack/readme'
import { RESOURCE_TEXT_FIELDS, resourceList, urlProtocol } from './queries'
import { bodyLine, defineRule, str, type CheckContext } from './types'

/** Every number printed in a Contacts line of the pack, as digits. */
export function packNumbers(ctx: CheckContext): Set<string> {
  const set = new Set<string>()
  for (const s of ctx.pack.values()) {
    for (const c of s.contacts)
      for (const run of c.text.split(' — ').flatMap((part) => [part, ...phoneShaped(part)]))
        for (const d of labelDigits(run)) set.add(d)
  }
  return set
}

/** What a caveat must say, in plain words, about a service run by police. */
export const LAW_ENFORCEMENT_WORDS = /\b(police|law[ -]enforcement)\b/i

type Contact = { method?: unknown; value?: unknown; label?: unknown }
const contactsOf = (data: Record<string, unknown>): Contact[] =>
  Array.isArray(data.contacts) ? (data.contacts as Contact[]) : []

export const resourceRules = [
  defineRule(
    'resources/confirmed',
    'Each service must be confirmed by a named finding or contact line in a pack source, so anyone can check it.',
    (ctx, report) => {
      for (const doc of ctx.content.resources) {
        const id = str(doc.data.source) ?? ''
        const pack = ctx.pack.get(id)
        if (!pack) {
          report({
            file: doc.file,
            field: 'source',
            message: `source "${id}" is not in the source pack`,
            fix: 'name the pack source that lists this service; never use a number from anywhere else',
          })
          continue
        }
        const ids = Array.isArray(doc.data.confirmedBy) ? doc.data.confirmedBy.map(String) : []
        const known = [...pack.findings, ...pack.contacts].map((f) => f.id)
        for (const f of ids.filter((x) => !known.includes(x)))
          report({
            file: doc.file,
            field: 'confirmedBy',
            message: `${id} has no finding or contact "${f}"`,
            fix: `use ids from: ${known.join(', ')}`,
          })
        if (!ctx.content.sources.some((s) => s.data.id === id))
          report({
            file: doc.file,
            field: 'source',
            message: `content/sources/${id}.yaml does not exist`,
            fix: 'run npm run sources:sync',
          })
      }
    },
  ),
  defineRule(
    'resources/contact-in-pack',
    'A number or address is published only as the pack prints it, in a line the resource names as confirming it.',
    (ctx, report) => {
      for (const doc of ctx.content.resources) {
        const pack = ctx.pack.get(str(doc.data.source) ?? '')
        if (!pack) continue
        const ids = Array.isArray(doc.data.confirmedBy) ? doc.data.confirmedBy.map(String) : []
        const confirming = [...pack.findings, ...pack.contacts]
          .filter((f) => ids.includes(f.id))
          .map((f) => `${f.text} ${f.anchor}`)
        contactsOf(doc.data).forEach((c, i) => {
          const label = str(c.label) ?? ''
          if (label && !confirming.some((t) => t.includes(label))) {
            report({
              file: doc.file,
              field: `contacts[${i}].label`,
              message: `"${label}" is not printed in the confirming lines (${ids.join(', ') || 'none'}) of ${pack.id}`,
              fix: 'copy the number or address exactly as the pack shows it, and list the contact line (C…) or finding (F…) that shows it in confirmedBy',
            })
          }
        })
      }
    },
  ),
  defineRule(
    'resources/dialable',
    'A tel: or sms: link must dial exactly the number shown, or the button calls someone else.',
    (ctx, report) => {
      for (const doc of ctx.content.resources) {
        contactsOf(doc.data).forEach((c, i) => {
          const [method, value, label] = [str(c.method), str(c.value) ?? '', str(c.label) ?? '']
          if (method === 'web') {
            if (urlProtocol(value) !== 'https:')
              report({
                file: doc.file,
                field: `contacts[${i}].value`,
                message: `web address "${value}" is not an https: link`,
                fix: 'write the address as https://…',
              })
            return
          }
          if (!isDialable(value)) {
            report({
              file: doc.file,
              field: `contacts[${i}].value`,
              message: `"${value}" is not a dialable number`,
              fix: 'write digits only, with optional leading + and hyphens, e.g. 1-800-662-4357',
            })
          } else if (!labelDigits(label).includes(digitsOf(value))) {
            report({
              file: doc.file,
              field: `contacts[${i}].value`,
              message: `"${value}" does not dial the number shown as "${label}"`,
              fix: 'make value the digits of the label (letters on a phone keypad become digits)',
            })
          }
        })
      }
    },
  ),
  defineRule(
    'resources/forbidden-number',
    'Some numbers in the pack are superseded or unconfirmed; publishing them could send someone in crisis to a dead line.',
    (ctx, report) => {
      const check = (
        file: string,
        field: string | undefined,
        line: number | undefined,
        text: string,
        country?: string,
      ) => {
        for (const f of findForbidden(text, { country }))
          report({
            file,
            field,
            line,
            message: `number ${f.digits} must not be published: ${f.why}`,
            fix: 'remove it; use only numbers the pack confirms',
          })
      }
      // Source titles and findings are shown as the pack has them (notes are redacted on display).
      // A number forbidden only in one place (the pack's "Beijing's old 999") counts in a source or resource of that country.
      for (const doc of ctx.content.sources) {
        const country = str(doc.data.country)
        check(doc.file, 'title', undefined, str(doc.data.title) ?? '', country)
        const findings = Array.isArray(doc.data.findings) ? (doc.data.findings as Record<string, unknown>[]) : []
        findings.forEach((f, i) => check(doc.file, `findings[${i}]`, undefined, str(f?.paraphrase) ?? '', country))
      }
      for (const doc of ctx.content.resources) {
        const country = str(doc.data.country)
        contactsOf(doc.data).forEach((c, i) =>
          check(doc.file, `contacts[${i}]`, undefined, `${str(c.value) ?? ''} ${str(c.label) ?? ''}`, country),
        )
        for (const f of RESOURCE_TEXT_FIELDS)
          if (str(doc.data[f])) check(doc.file, f, undefined, str(doc.data[f])!, country)
      }
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        for (const f of ['title', 'summary']) if (str(doc.data[f])) check(doc.file, f, undefined, str(doc.data[f])!)
        // The whole text, not only phone-shaped runs: short numbers (1393, 1301) are forbidden too.
        for (const b of ctx.analyses.get(doc.file)?.prose.blocks ?? [])
          check(doc.file, undefined, bodyLine(doc, b.line), b.text)
        for (const l of ctx.analyses.get(doc.file)?.prose.links ?? [])
          if (/^(tel|sms):/i.test(l.href)) check(doc.file, undefined, bodyLine(doc, l.line), l.href)
      }
    },
  ),
  defineRule(
    'resources/numbers-in-text',
    'A phone number typed into a page must be one the pack prints; otherwise nobody has checked it.',
    (ctx, report) => {
      const known = packNumbers(ctx)
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const a = ctx.analyses.get(doc.file)
        for (const b of a?.prose.blocks ?? []) {
          for (const n of phoneShaped(b.text))
            if (!known.has(dialledDigits(n)))
              report({
                file: doc.file,
                line: bodyLine(doc, b.line),
                message: `phone number "${n}" is not in the source pack`,
                fix: 'use <ResourceCard id="…" /> or a number printed in a pack Contacts line',
              })
        }
        for (const l of a?.prose.links ?? []) {
          if (/^(tel|sms):/i.test(l.href) && !known.has(dialledDigits(l.href)))
            report({
              file: doc.file,
              line: bodyLine(doc, l.line),
              message: `link "${l.href}" dials a number that is not in the source pack`,
              fix: 'use a number printed in a pack Contacts line',
            })
        }
      }
    },
  ),
  defineRule(
    'resources/law-enforcement',
    'Some services that look like helplines are run by police (the pack\'s "Law enforcement, not help"); someone who fears arrest must be told plainly before they call.',
    (ctx, report) => {
      const entries = lawEnforcement(readPackReadme(), ctx.pack.keys())
      for (const doc of ctx.content.resources) {
        const text = `${str(doc.data.name) ?? ''} ${str(doc.data.description) ?? ''}`.toLowerCase()
        const entry = entries.find(
          (e) =>
            e.sources.includes(str(doc.data.source) ?? '') ||
            e.names.some((n) => text.includes(n.toLowerCase().replace(/s$/, ''))),
        )
        if (entry && doc.data.kind !== 'law-enforcement') {
          report({
            file: doc.file,
            field: 'kind',
            message: `the pack lists this service under "Law enforcement, not help" (${entry.text}), but its kind is "${String(doc.data.kind)}"`,
            fix: 'set kind: law-enforcement, and say in caveat that it is run by police',
          })
        }
        if ((entry || doc.data.kind === 'law-enforcement') && !LAW_ENFORCEMENT_WORDS.test(str(doc.data.caveat) ?? '')) {
          report({
            file: doc.file,
            field: 'caveat',
            message:
              'a law-enforcement service must say so plainly in its caveat, with the word "police" or "law enforcement"',
            fix: 'write e.g. caveat: "This line is run by drug police (law enforcement), not by a health service."',
          })
        }
      }
    },
  ),
  defineRule('resources/shown', 'A service that no page shows helps nobody and goes unreviewed.', (ctx, report) => {
    const all = resourceList(ctx)
    const shown = new Set<string>()
    for (const a of ctx.analyses.values())
      for (const u of a.uses) if (u.kind === 'resources') for (const r of selectResources(u, all)) shown.add(r.id)
    for (const doc of ctx.content.resources) {
      if (!shown.has(str(doc.data.id) ?? ''))
        report({
          file: doc.file,
          message: 'no page shows this resource',
          fix: `add it to a page with ${RESOURCE_COMPONENTS.join(', ')}`,
        })
    }
  }),
]
