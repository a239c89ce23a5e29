/**
 * On-device search (issue 10): Pagefind indexes the built pages into out/pagefind/, and the search
 * page (components/views/search.tsx, public/search.js) loads only those files from our own
 * origin, so a query never leaves the reader's phone. Pagefind reads `<html lang>` and builds one
 * index per language; its npm binary is the "extended" build, which splits Chinese text into
 * words (Korean is spaced, so it needs no segmenter).
 *
 * Only what carries `data-pagefind-body` is indexed: the text of topic pages and site pages
 * (components/page/topic-article.tsx, site-page-article.tsx), not their reference lists
 * (`data-pagefind-ignore`), and never embeds, review kits or source pages.
 *
 * The CLI rather than Pagefind's Node API: the post-build step is synchronous, and the CLI is the
 * interface Pagefind recommends; both run the same binary.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { walkFiles } from '../fs-walk'
import { SEARCH_INDEX_ROOT } from '../routes'

export interface SearchIndexReport {
  /** Pages Pagefind indexed, over all languages. */
  pages: number
  /** Languages it built an index for ('en', 'zh-hans', 'ko'). */
  languages: string[]
  /** Every file it wrote, in bytes (the index, the engine and its script). */
  bytes: number
  files: number
}

const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/

/** Pagefind's manifest of one built index: per language, its file hash and WebAssembly build. */
export interface SearchEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
}
/** The manifest in `dir` (out/pagefind/), or undefined when no index was built. */
export function readSearchEntry(dir: string): SearchEntry | undefined {
  const file = path.join(dir, 'pagefind-entry.json')
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SearchEntry) : undefined
}

export function writeSearchIndex(outDir: string, root: string = process.cwd()): SearchIndexReport {
  const bin = path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')
  const subdir = SEARCH_INDEX_ROOT.replace(/^\/|\/$/g, '')
  const dir = path.join(outDir, subdir)
  fs.rmSync(dir, { recursive: true, force: true })
  execFileSync(process.execPath, [bin, '--site', outDir, '--output-subdir', subdir, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // Pagefind also writes its ready-made interfaces; our page has its own (public/search.js), so
  // they would only be dead weight on the host (about 430 KB).
  for (const name of fs.readdirSync(dir)) if (UNUSED.test(name)) fs.rmSync(path.join(dir, name))
  const entry = readSearchEntry(dir)
  if (!entry) throw new Error(`search: Pagefind wrote no ${path.join(dir, 'pagefind-entry.json')}`)
  const files = walkFiles(dir)
  return {
    pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    languages: Object.keys(entry.languages).sort(),
    bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0),
    files: files.length,
  }
}
