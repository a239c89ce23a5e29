/**
 * Schema rules: every content file has the fields lib/model/schema.ts requires, of the right
 * type, and nothing else (a typo such as `sumary:` must fail, not vanish). These run before
 * Contentlayer so that the message names the file, the field and the fix.
 */
import { LOCALES } from '../model/taxonomy'
import type { RawDoc } from '../content/read-files'
import {
  pageFields,
  resourceFields,
  resourceTextFields,
  reviewRecordFields,
  sitePageFields,
  sourceFields,
  urgentFields,
  type DocSpec,
  type FieldSpec,
  type ScalarSpec,
} from '../model/schema'
import { defineRule, type ProblemInput } from './types'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function typeName(spec: FieldSpec): string {
  if (spec.type === 'enum') return `one of: ${spec.options.join(', ')}`
  if (spec.type === 'list')
    return typeof spec.of === 'string' ? 'a list of text items' : `a list of ${spec.of.name} entries`
  return spec.type === 'string' ? 'text' : spec.type === 'boolean' ? 'true or false' : 'a number'
}

function checkScalar(value: unknown, spec: ScalarSpec): boolean {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== ''
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
  }
}

/** Checks one document against a spec; reports each bad field with its expected type. */
export function checkFields(doc: RawDoc, spec: DocSpec, report: (p: ProblemInput) => void, prefix = ''): void {
  for (const [name, field] of Object.entries(spec)) {
    const value = doc.data[name]
    const path = prefix + name
    if (value === undefined || value === null) {
      if (field.required) {
        report({
          file: doc.file,
          field: path,
          message: `required field "${path}" is missing`,
          fix: `add "${name}:" with ${typeName(field)} (${field.description})`,
        })
      }
      continue
    }
    if (field.type === 'list') {
      if (!Array.isArray(value)) {
        report({
          file: doc.file,
          field: path,
          message: `"${path}" must be ${typeName(field)}`,
          fix: `write each item on its own line starting with "- "`,
        })
        continue
      }
      value.forEach((item, i) => {
        if (typeof field.of === 'string') {
          if (typeof item !== 'string' || !item.trim()) {
            report({
              file: doc.file,
              field: `${path}[${i}]`,
              message: `item ${i + 1} of "${path}" is not text`,
              fix: 'write each item as text',
            })
          }
        } else if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          report({
            file: doc.file,
            field: `${path}[${i}]`,
            message: `item ${i + 1} of "${path}" is not a ${field.of.name}`,
            fix: `give it the fields ${Object.keys(field.of.fields).join(', ')}`,
          })
        } else {
          checkFields({ ...doc, data: item as Record<string, unknown> }, field.of.fields, report, `${path}[${i}].`)
        }
      })
      continue
    }
    if (!checkScalar(value, field)) {
      const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
      report({
        file: doc.file,
        field: path,
        message: `"${path}" is ${shown}, but it must be ${typeName(field)}`,
        fix: field.description,
      })
    }
  }
  for (const name of Object.keys(doc.data)) {
    if (!(name in spec)) {
      report({
        file: doc.file,
        field: prefix + name,
        message: `unknown field "${prefix + name}"`,
        fix: `remove it or correct the spelling; allowed fields: ${Object.keys(spec).join(', ')}`,
      })
    }
  }
}

export const schemaRules = [
  defineRule(
    'schema/unreadable',
    'A file the build cannot read would silently vanish from the site.',
    (ctx, report) => {
      for (const u of ctx.content.unreadable)
        report({
          file: u.file,
          message: `cannot read the file: ${u.error}`,
          fix: 'fix the syntax (front matter between --- lines, valid YAML)',
        })
    },
  ),
  defineRule(
    'schema/fields',
    'Every page must carry its title, summary, review dates and status; a misspelt field must fail, not disappear.',
    (ctx, report) => {
      for (const d of ctx.content.pages) checkFields(d, pageFields, report)
      for (const d of ctx.content.sitePages) checkFields(d, sitePageFields, report)
      for (const d of ctx.content.sources) checkFields(d, sourceFields, report)
      for (const d of ctx.content.resources) checkFields(d, resourceFields, report)
      for (const d of ctx.content.resourceTexts) checkFields(d, resourceTextFields, report)
      for (const d of ctx.content.urgent) checkFields(d, urgentFields, report)
      for (const d of ctx.content.reviews) checkFields(d, reviewRecordFields, report)
    },
  ),
  defineRule(
    'schema/file-names',
    'URLs come from file names, so they must be stable, lower-case and in the folder of their language.',
    (ctx, report) => {
      for (const d of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const parts = d.file.split('/') // content/pages/<locale>/<slug>.mdx
        const [locale, name] = [parts[2], parts[3]]
        const slug = (name ?? '').replace(/\.mdx$/, '')
        if (parts.length !== 4 || !LOCALES.includes(locale as never)) {
          report({
            file: d.file,
            message: 'a page must sit directly in a language folder',
            fix: `move it to content/${parts[1]}/<locale>/<slug>.mdx, with <locale> one of ${LOCALES.join(', ')}`,
          })
        } else if (d.data.locale !== undefined && d.data.locale !== locale) {
          report({
            file: d.file,
            field: 'locale',
            message: `locale is "${String(d.data.locale)}" but the file is in the "${locale}" folder`,
            fix: `set locale: ${locale} or move the file`,
          })
        }
        if (!SLUG.test(slug))
          report({
            file: d.file,
            message: `file name "${name}" is not a valid URL slug`,
            fix: 'use lower-case letters, digits and single hyphens, e.g. meth-basics.mdx',
          })
      }
      for (const d of ctx.content.resourceTexts) {
        const folder = d.file.split('/')[2] ?? ''
        if (d.data.locale !== undefined && d.data.locale !== folder)
          report({
            file: d.file,
            field: 'locale',
            message: `locale is "${String(d.data.locale)}" but the file is in the "${folder}" folder`,
            fix: `set locale: ${folder} or move the file`,
          })
      }
      for (const d of [...ctx.content.sources, ...ctx.content.resources, ...ctx.content.resourceTexts]) {
        const base = d.file
          .split('/')
          .pop()!
          .replace(/\.yaml$/, '')
        if (typeof d.data.id === 'string' && d.data.id !== base) {
          report({
            file: d.file,
            field: 'id',
            message: `id "${d.data.id}" does not match the file name "${base}"`,
            fix: `rename the file to ${d.data.id}.yaml or set id: ${base}`,
          })
        }
      }
    },
  ),
]
