/**
 * The shape of a content check. Each rule family has one file in lib/rules; each rule is written
 * once, with the reason it exists (`why`), and every rule has a failing fixture in
 * tests/fixtures/content/broken/ that asserts its message. docs/content-guide.md lists them all.
 */
import type { PackSource } from '../source-pack/parse'
import type { PageAnalysis } from '../content/analyse'
import type { RawContent, RawDoc } from '../content/read-files'

export interface Problem {
  /** Rule id, e.g. `citations/unknown-source`. */
  rule: string
  /** File relative to the repository root. */
  file: string
  /** Front-matter field or YAML path, when the problem is in one. */
  field?: string
  /** 1-based line in the file, when known. */
  line?: number
  /** What is wrong, in one sentence. */
  message: string
  /** How to fix it. */
  fix: string
}

export interface CheckContext {
  content: RawContent
  pack: Map<string, PackSource>
  /** Today's date (YYYY-MM-DD) for review-date rules; injectable so tests do not depend on the clock. */
  today: string
  /** Page body analyses, keyed by file. */
  analyses: Map<string, PageAnalysis>
}

export interface Rule {
  id: string
  /** Why the rule exists: shown by `npm run check:content -- --explain` and in the content guide. */
  why: string
  check(ctx: CheckContext): Problem[]
}

export type ProblemInput = Omit<Problem, 'rule'>

/** Helper so each rule states its id once. */
export const defineRule = (
  id: string,
  why: string,
  check: (ctx: CheckContext, report: (p: ProblemInput) => void) => void,
): Rule => ({
  id,
  why,
  check(ctx) {
    const out: Problem[] = []
    check(ctx, (p) => out.push({ rule: id, ...p }))
    return out
  },
})

/** The file line of a body line reported by the MDX parser. */
export const bodyLine = (doc: RawDoc, line: number) => (line > 0 ? doc.bodyLine + line - 1 : undefined)

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
