/**
 * The one content schema. Field definitions live in lib/model/schema.ts (shared with the
 * checks in lib/rules, which run before this with clearer messages); this file turns them into
 * Contentlayer document types and adds the computed fields pages render.
 */
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import { pageFacts } from './lib/content/analysis-cache'
import { contentHash } from './lib/model/content-hash'
import {
  pageFields,
  resourceFields,
  resourceTextFields,
  reviewRecordFields,
  sitePageFields,
  sourceFields,
  urgentFields,
  type DocSpec,
  type NestedSpec,
} from './lib/model/schema'
import { remarkCitationIndex } from './lib/citations/uses'
import { pageUrl, sitePageUrl } from './lib/routes'

const nested = new Map<string, ReturnType<typeof defineNestedType>>()
function nestedType(spec: NestedSpec) {
  if (!nested.has(spec.name))
    nested.set(
      spec.name,
      defineNestedType(() => ({ name: spec.name, fields: toFields(spec.fields) })),
    )
  return nested.get(spec.name)!
}

/** lib/model/schema.ts specs → Contentlayer field definitions. */
function toFields(spec: DocSpec) {
  const fields: Record<string, unknown> = {}
  for (const [name, f] of Object.entries(spec)) {
    const base = { required: f.required, description: f.description }
    if (f.type === 'enum') fields[name] = { ...base, type: 'enum', options: [...f.options] }
    else if (f.type === 'list')
      fields[name] = { ...base, type: 'list', of: typeof f.of === 'string' ? { type: 'string' } : nestedType(f.of) }
    else fields[name] = { ...base, type: f.type }
  }
  return fields as never
}

const slugOf = (flattenedPath: string) => flattenedPath.split('/').pop()!

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.mdx',
  contentType: 'mdx',
  fields: toFields(pageFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => pageUrl(doc.locale, slugOf(doc._raw.flattenedPath)) },
    /** Citing elements in reading order (lib/citations/uses.ts); numbered by lib/citations/plan.ts. */
    citations: { type: 'json', resolve: (doc) => pageFacts(doc.body.raw).uses },
    /** Each block of health information with its citations, by section: published as open data. */
    claims: { type: 'json', resolve: (doc) => pageFacts(doc.body.raw).claims },
    readingGrade: { type: 'number', resolve: (doc) => pageFacts(doc.body.raw).grade },
    wordCount: { type: 'number', resolve: (doc) => pageFacts(doc.body.raw).words },
    /** Short hash of the text: part of the content version embeds show, so any edit changes it. */
    contentHash: { type: 'string', resolve: (doc) => contentHash(doc.body.raw) },
  },
}))

export const SitePage = defineDocumentType(() => ({
  name: 'SitePage',
  filePathPattern: 'site/**/*.mdx',
  contentType: 'mdx',
  fields: toFields(sitePageFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => sitePageUrl(doc.locale, slugOf(doc._raw.flattenedPath)) },
    readingGrade: { type: 'number', resolve: (doc) => pageFacts(doc.body.raw).grade },
  },
}))

export const Source = defineDocumentType(() => ({
  name: 'Source',
  filePathPattern: 'sources/*.yaml',
  contentType: 'data',
  fields: toFields(sourceFields),
}))

export const Resource = defineDocumentType(() => ({
  name: 'Resource',
  filePathPattern: 'resources/*.yaml',
  contentType: 'data',
  fields: toFields(resourceFields),
}))

/** A helpline's text in another language (content/resource-text/<locale>/<id>.yaml). */
export const ResourceText = defineDocumentType(() => ({
  name: 'ResourceText',
  filePathPattern: 'resource-text/**/*.yaml',
  contentType: 'data',
  fields: toFields(resourceTextFields),
}))

/** The urgent advice, written once per language (content/urgent/<locale>.yaml). */
export const Urgent = defineDocumentType(() => ({
  name: 'Urgent',
  filePathPattern: 'urgent/*.yaml',
  contentType: 'data',
  fields: toFields(urgentFields),
}))

/** A health professional's review of one page: content/reviews/<locale>/ (one <slug>.yaml per reviewed page) (lib/review/status.ts). */
export const ReviewRecord = defineDocumentType(() => ({
  name: 'ReviewRecord',
  filePathPattern: 'reviews/**/*.yaml',
  contentType: 'data',
  fields: toFields(reviewRecordFields),
  computedFields: {
    /** The page reviewed: the record's file name, in the same locale folder. */
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    locale: { type: 'string', resolve: (doc) => doc._raw.flattenedPath.split('/')[1] ?? '' },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Page, SitePage, Source, Resource, ResourceText, Urgent, ReviewRecord],
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  disableImportAliasWarning: true,
  // rehype-slug gives every heading an id, so `page:slug#heading` links and the footer's /about/#privacy work.
  mdx: { remarkPlugins: [remarkGfm, remarkCitationIndex], rehypePlugins: [rehypeSlug] },
})
