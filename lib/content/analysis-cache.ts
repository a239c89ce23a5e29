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
import { analyseBody } from './analyse'
import { claimsOf, type PageClaims } from './claims'

export interface PageFacts {
  uses: Use[]
  grade: number
  words: number
  claims: PageClaims
}

const CACHE_FILE = path.join(process.cwd(), '.contentlayer', 'plainly-facts.json')
/** The code whose output the cache holds: any change to it empties the cache. */
const MEASURING_CODE = ['lib/text/prose.ts', 'lib/text/readability.ts', 'lib/content/analyse.ts', 'lib/content/claims.ts', 'lib/citations/uses.ts', 'lib/mdx/parse.ts', 'lib/mdx/jsx.ts', 'lib/rules/citations.ts']

let version: string | undefined
function codeVersion(): string {
  if (!version) {
    const h = createHash('sha256')
    for (const f of MEASURING_CODE) h.update(fs.existsSync(f) ? fs.readFileSync(f) : f)
    version = h.digest('hex').slice(0, 16)
  }
  return version
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
