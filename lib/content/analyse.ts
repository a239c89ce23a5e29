/**
 * Everything measured from one page body: its blocks of text, its citations in reading order and
 * its reading level. The checks (lib/rules) and Contentlayer's computed fields both call this, so
 * the grade shown on a page is the grade the build checked.
 */
import type { Root } from 'mdast'
import { collectUses, type Use } from '../citations/uses'
import { parseMdx } from '../mdx/parse'
import { extractProse, type Block, type Prose } from '../text/prose'
import { gradeOf, stats, type TextStats } from '../text/readability'

export interface PageAnalysis {
  tree: Root
  prose: Prose
  uses: Use[]
  /** Blocks that count towards the reading grade: body text, not headings or table header rows. */
  readingBlocks: Block[]
  stats: TextStats
  grade: number
}

export const countsForGrade = (b: Block) => b.kind === 'paragraph' || (b.kind === 'cell' && (b.row ?? 0) > 0)

export function analyseBody(body: string): PageAnalysis {
  const tree = parseMdx(body)
  const prose = extractProse(tree)
  const uses = collectUses(tree)
  const readingBlocks = prose.blocks.filter(countsForGrade)
  const s = stats(readingBlocks.map((b) => b.text))
  return { tree, prose, uses, readingBlocks, stats: s, grade: gradeOf(s) }
}
