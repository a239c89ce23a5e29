/**
 * The facts Contentlayer's computed fields need (citations, grade, words, claims) are measured
 * by the content check first; it leaves them here so Contentlayer does not parse every page a
 * second time (about 20 ms a page: 40 s of a 2,000-page build). Entries are keyed by a hash of
 * the page body and of the code that measures it, so a stale entry can never be used; a miss
 * just measures again.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Use } from '../citations/uses'
import { walkFiles } from '../fs-walk'
import { analyseBody } from './analyse'
import { claimsOf, type PageClaims } from '../model/claims'

export interface PageFacts {
  uses: Use[]
  grade: number
  words: number
  claims: PageClaims
}

const CACHE_FILE = path.join(process.cwd(), '.contentlayer', 'plainly-facts.json')
/**
 * What the cached facts depend on: the dependencies (any upgrade of a parser or of the readability
 * formula changes the lockfile) and every file in the folders (and single files) the measuring code lives in, so a
 * new helper cannot leave a stale grade in `npm run dev`. tests/unit/analysis-cache.test.ts checks
 * that everything the measuring code imports lies in these folders.
 */
export const MEASURING_INPUTS = {
  lockfile: 'package-lock.json',
  folders: ['lib/text', 'lib/model', 'lib/content', 'lib/citations', 'lib/mdx', 'lib/rules', 'lib/source-pack', 'lib/fs-walk.ts'],
} as const

/** A folder's files, or the path itself when it is a file. */
const filesUnder = (root: string, p: string) => (p.endsWith('.ts') ? [p] : walkFiles(path.join(root, p)).map((f) => path.relative(root, f)))

let version: string | undefined
/** Hash of the lockfile and of every measuring file (names and bytes), computed once per process. */
export function codeVersion(root = process.cwd()): string {
  if (version && root === process.cwd()) return version
  const h = createHash('sha256')
  const files = [MEASURING_INPUTS.lockfile, ...MEASURING_INPUTS.folders.flatMap((d) => filesUnder(root, d))]
  for (const f of files) {
    const abs = path.join(root, f)
    h.update(f).update('\0').update(fs.existsSync(abs) ? fs.readFileSync(abs) : 'missing').update('\0')
  }
  const v = h.digest('hex').slice(0, 16)
  if (root === process.cwd()) version = v
  return v
}

const key = (body: string) => `${codeVersion()}:${createHash('sha256').update(body.trim()).digest('hex')}`

export const factsFromAnalysis = (a: ReturnType<typeof analyseBody>): PageFacts => ({ uses: a.uses, grade: a.grade, words: a.stats.words, claims: claimsOf(a.prose.blocks) })

export function writeFactsCache(entries: [body: string, facts: PageFacts][]): void {
  fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true })
  fs.writeFileSync(CACHE_FILE, JSON.stringify(Object.fromEntries(entries.map(([body, facts]) => [key(body), facts]))))
}

let cache: Record<string, PageFacts> | undefined
/** The facts of a page body: from the cache when the check has measured it, else measured now. */
export function pageFacts(body: string): PageFacts {
  if (!cache) {
    try {
      cache = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as Record<string, PageFacts>
    } catch {
      cache = {}
    }
  }
  return (cache[key(body)] ??= factsFromAnalysis(analyseBody(body)))
}
