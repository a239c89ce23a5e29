/**
 * Parses an MDX body into an mdast tree with the same syntax the site renders: MDX (for
 * components such as <Cite />) and GitHub tables. Checks and computed fields all use this one parser.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

export function parseMdx(body: string): Root {
  return processor.runSync(processor.parse(body)) as Root
}
