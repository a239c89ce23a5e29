/**
 * Every content rule, in the order they are reported. Run them with `npm run check:content`
 * (part of `npm run build`); docs/content-guide.md explains each one and how to fix it.
 */
import { analyseBody } from '../content/analyse'
import { readContent, type RawContent } from '../content/read-files'
import { todayIso } from '../dates'
import { loadPack } from '../source-pack/load'
import type { PackSource } from '../source-pack/parse'
import { changeRules } from './changes'
import { citationRules } from './citations'
import { linkRules } from './links'
import { mdxRules } from './mdx'
import { plainLanguageRules } from './plain-language'
import { plainLanguageCjkRules } from './plain-language-cjk'
import { translationRules } from './translations'
import { resourceRules } from './resources'
import { reviewRules } from './review'
import { reviewRecordRules } from './review-records'
import { schemaRules } from './schema'
import { sourceRules } from './sources'
import { structureRules } from './structure'
import { urgentRules } from './urgent'
import type { CheckContext, Problem, Rule } from './types'
import { wordRules } from './words'

export const RULES: Rule[] = [
  ...schemaRules,
  ...reviewRules,
  ...changeRules,
  ...reviewRecordRules,
  ...citationRules,
  ...mdxRules,
  ...structureRules,
  ...urgentRules,
  ...sourceRules,
  ...resourceRules,
  ...linkRules,
  ...plainLanguageRules,
  ...plainLanguageCjkRules,
  ...translationRules,
  ...wordRules,
]

export function buildContext(content: RawContent, pack: Map<string, PackSource>, today: string): CheckContext {
  const analyses = new Map<string, ReturnType<typeof analyseBody>>()
  for (const doc of [...content.pages, ...content.sitePages]) {
    try {
      analyses.set(doc.file, analyseBody(doc.body))
    } catch (e) {
      content.unreadable.push({ file: doc.file, error: `the MDX body cannot be parsed: ${(e as Error).message}` })
    }
  }
  return { content, pack, today, analyses }
}

export interface CheckOptions {
  root?: string
  contentDir?: string
  today?: string
  pack?: Map<string, PackSource>
}

/** Runs every rule over the content in `root/content`; returns the problems found (none means publishable). */
export function checkContent(opts: CheckOptions = {}): Problem[] {
  return checkContentWithContext(opts).problems
}

/** The same, also returning the context (the page analyses) for reuse. */
export function checkContentWithContext(opts: CheckOptions = {}): { problems: Problem[]; ctx: CheckContext } {
  const ctx = buildContext(readContent(opts.root, opts.contentDir), opts.pack ?? loadPack(), opts.today ?? todayIso())
  const seen = new Set<string>()
  const problems = RULES.flatMap((r) => r.check(ctx)).filter((p) => {
    const key = formatProblem(p) // the same finding cited twice on one line is one problem
    return seen.has(key) ? false : (seen.add(key), true)
  })
  return { problems, ctx }
}

/** One problem as the build prints it: file:line › field — what is wrong. Fix: how. [rule] */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` › ${p.field}` : ''}`
  return `${where}\n  ✗ ${p.message}\n  Fix: ${p.fix}  [${p.rule}]`
}
