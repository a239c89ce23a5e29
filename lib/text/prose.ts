/**
 * Turns an MDX tree into the blocks of text a reader sees: headings, paragraphs (including list
 * items and text inside components) and table cells, each with the citations it carries.
 * The plain-language, citation and word checks all read these blocks, never raw MDX.
 */
import type { Node, Parent } from 'unist'
import { attr, expressionAttrs, isJsx, type JsxNode } from '../mdx/jsx'

export interface BlockCite {
  source: string
  finding: string
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'cell'
  /** Plain text as read, citations removed. */
  text: string
  cites: BlockCite[]
  /** 1-based line in the MDX body. */
  line: number
  /** Heading level (1–6) for headings. */
  depth?: number
  /** Names of the components around the block, outermost first (e.g. ['QuickCard']). */
  within: string[]
  /** Table cells: 0-based row (0 = header row) and column. */
  row?: number
  col?: number
}

export interface ProseLink {
  href: string
  line: number
}

/** Something in the MDX that is not allowed in content (code, misplaced citations). */
export interface ProseIssue {
  line: number
  message: string
  fix: string
}

export interface Prose {
  blocks: Block[]
  links: ProseLink[]
  components: { name: string; line: number }[]
  issues: ProseIssue[]
}

interface Acc {
  text: string
  cites: BlockCite[]
}

const lineOf = (node: Node) => node.position?.start.line ?? 0

export function extractProse(tree: Parent): Prose {
  const prose: Prose = { blocks: [], links: [], components: [], issues: [] }

  /** Collects the visible text and citations of phrasing (inline) content. */
  function inline(node: Node, acc: Acc): void {
    if (isJsx(node)) {
      checkJsx(node)
      if (node.name === 'Cite') {
        acc.cites.push({ source: attr(node, 'id') ?? '', finding: attr(node, 'f') ?? '' })
        return
      }
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        acc.text += (node as Node & { value: string }).value
        return
      case 'break':
        acc.text += ' '
        return
      case 'image':
        acc.text += (node as Node & { alt?: string }).alt ?? ''
        return
      case 'link':
        prose.links.push({ href: (node as Node & { url: string }).url, line: lineOf(node) })
        break
      case 'mdxTextExpression':
        prose.issues.push({
          line: lineOf(node),
          message: 'a {code expression} in the text',
          fix: 'write the words out; content holds no code (to show a curly brace, escape it as \\{)',
        })
        return
    }
    for (const child of (node as Parent).children ?? []) inline(child, acc)
  }

  function checkJsx(node: JsxNode): void {
    prose.components.push({ name: node.name ?? '(fragment)', line: lineOf(node) })
    const bad = expressionAttrs(node)
    if (bad.length) {
      prose.issues.push({
        line: lineOf(node),
        message: `<${node.name}> has attribute(s) written as {code}: ${bad.join(', ')}`,
        fix: 'write attribute values as plain text in quotes, e.g. f="F2"',
      })
    }
  }

  function push(kind: Block['kind'], node: Node, within: string[], extra: Partial<Block> = {}): void {
    const acc: Acc = { text: '', cites: [] }
    for (const child of (node as Parent).children ?? []) inline(child, acc)
    const text = acc.text.replace(/\s+/g, ' ').trim()
    if (text || acc.cites.length)
      prose.blocks.push({ kind, text, cites: acc.cites, line: lineOf(node), within, ...extra })
  }

  function flow(node: Node, within: string[]): void {
    if (isJsx(node)) {
      checkJsx(node)
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Cite') {
        prose.issues.push({
          line: lineOf(node),
          message: '<Cite> stands on a line of its own, so it is not attached to any sentence',
          fix: 'put the <Cite /> at the end of the sentence it supports, on the same line',
        })
        return
      }
      for (const child of node.children) flow(child, [...within, node.name ?? 'fragment'])
      return
    }
    switch (node.type) {
      case 'heading':
        push('heading', node, within, { depth: (node as Node & { depth: number }).depth })
        return
      case 'paragraph':
        push('paragraph', node, within)
        return
      case 'table': {
        const rows = (node as Parent).children as Parent[]
        rows.forEach((row, r) => row.children.forEach((cell, c) => push('cell', cell, within, { row: r, col: c })))
        return
      }
      case 'code':
      case 'html':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
        prose.issues.push({
          line: lineOf(node),
          message: `${node.type === 'mdxjsEsm' ? 'an import or export' : node.type === 'html' ? 'raw HTML' : 'code'} in the page`,
          fix: 'content holds only text, Markdown and the components listed in docs/content-guide.md',
        })
        return
    }
    for (const child of (node as Parent).children ?? []) flow(child, within)
  }

  flow(tree, [])
  return prose
}
