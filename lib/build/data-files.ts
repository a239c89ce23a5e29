/**
 * The data files static hosts serve beside the pages: oEmbed JSON per embeddable page and the
 * open-data JSON (index, one file per page, the schema). They are written by the post-build step
 * from Contentlayer's output, not rendered by Next: they are data, and thousands of route
 * handlers would double the build time (scripts/bench-build.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page, Resource, ReviewRecord, Source, Urgent } from 'contentlayer/generated'
import { oembedJson } from '../embed/snippet'
import { indexJson, pageJson, SCHEMA_PATH } from '../open-data/page-json'
import { pageSchema } from '../open-data/schema'
import { apiPageUrl, oembedUrl } from '../routes'

export interface GeneratedContent {
  pages: Page[]
  sources: Source[]
  resources: Resource[]
  urgent: Urgent[]
  reviews: ReviewRecord[]
}

/** Reads Contentlayer's generated data (plain JSON, so scripts need no import alias). */
export function readGenerated(root: string): GeneratedContent {
  const read = <T>(type: string): T[] =>
    JSON.parse(fs.readFileSync(path.join(root, '.contentlayer', 'generated', type, '_index.json'), 'utf8')) as T[]
  return {
    pages: read<Page>('Page'),
    sources: read<Source>('Source'),
    resources: read<Resource>('Resource'),
    urgent: read<Urgent>('Urgent'),
    reviews: read<ReviewRecord>('ReviewRecord'),
  }
}

export function writeDataFiles(out: string, data: GeneratedContent): number {
  const write = (urlPath: string, value: unknown) => {
    const file = path.join(out, urlPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(value))
  }
  const pages = [...data.pages].sort((a, b) => a.locale.localeCompare(b.locale) || a.slug.localeCompare(b.slug))
  for (const page of pages) {
    write(apiPageUrl(page.locale, page.slug), pageJson(page, data))
    if (page.embeddable) write(oembedUrl(page.locale, page.slug), oembedJson(page))
  }
  write('/api/v1/pages.json', indexJson(pages, data.urgent))
  write(SCHEMA_PATH, pageSchema)
  return pages.length
}
