/**
 * The offline emergency pages (issue 10): which pages a reader's browser keeps, and the service
 * worker that keeps them (lib/offline/worker.js, written to out/sw.js after every page is final).
 *
 * Kept: every urgent page (`urgency: urgent`: overamping and overdose, mental-health crisis, get
 * help with its directory) of a language, and the page script they load. Not kept: anything else,
 * so a reader on paid data downloads three pages once, not the site.
 *
 * The worker's version is a hash of the exact bytes it keeps (and its own code): when a kept page
 * changes, sw.js changes, and the browser replaces the old copies on the reader's next visit.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pageUrl, SAFETY_SCRIPT_URL, SERVICE_WORKER_URL } from '../routes'

export interface OfflineSet {
  version: string
  /** URL paths of the kept pages, by locale. */
  pages: Record<string, string[]>
  /** Files every kept page needs (its script; the stylesheet is inlined). */
  assets: string[]
}

/** What the worker needs to know of a page (a Contentlayer Page has it). */
export interface PageLike {
  locale: string
  slug: string
  urgency: string
}

export interface OfflineReport extends OfflineSet {
  /** Size of out/sw.js in bytes. */
  workerBytes: number
}

/** The urgent pages of each locale, in a stable order. */
export function offlinePages(pages: PageLike[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const p of [...pages].sort((a, b) => a.slug.localeCompare(b.slug)))
    if (p.urgency === 'urgent') (out[p.locale] ??= []).push(pageUrl(p.locale, p.slug))
  return out
}

/** The file in out/ a URL path is served from. */
const fileOf = (outDir: string, urlPath: string) =>
  path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)

/** The worker's source, with its kept set in front (no comments: readers download it). */
export function workerSource(root: string, set: OfflineSet): string {
  const code = fs
    .readFileSync(path.join(root, 'lib', 'offline', 'worker.js'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*\n/g, '\n')
    .trim()
  return `var OFFLINE=${JSON.stringify(set)};\n${code}\n`
}

/** Writes out/sw.js; throws if a page it should keep was not built (the reader would get an error offline). */
export function writeOfflineWorker(outDir: string, root: string, pages: PageLike[]): OfflineReport {
  const kept = offlinePages(pages)
  const assets = [SAFETY_SCRIPT_URL]
  const hash = createHash('sha256').update(fs.readFileSync(path.join(root, 'lib', 'offline', 'worker.js')))
  for (const urlPath of [...Object.values(kept).flat(), ...assets]) {
    const file = fileOf(outDir, urlPath)
    if (!fs.existsSync(file))
      throw new Error(`offline worker: ${urlPath} should be kept offline but out${urlPath} was not built`)
    hash.update(urlPath).update(fs.readFileSync(file))
  }
  const set: OfflineSet = { version: hash.digest('hex').slice(0, 12), pages: kept, assets }
  const source = workerSource(root, set)
  fs.writeFileSync(path.join(outDir, SERVICE_WORKER_URL), source)
  return { ...set, workerBytes: Buffer.byteLength(source) }
}
