/**
 * Checks an MDX tree against the allow-list in lib/mdx/allowed.ts: every node must be an
 * allowed Markdown construct or a registered component with only its own props. Element names
 * are compared exactly, so <script>, <Script>, <iframe>, <a href>, <img>, <link>, <meta>,
 * <form> and fragments all fail, and so do unknown attributes (style, data-keep, on…).
 */
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import {
  ALLOWED_COMPONENTS,
  ALLOWED_COMPONENT_NAMES,
  ALLOWED_MARKDOWN,
  CODE_NODE_TYPES,
  HEADING_DEPTHS,
  type AllowedComponent,
} from './allowed'
import { isJsx } from './jsx'

export interface AllowIssue {
  line: number
  message: string
  fix: string
}

const lineOf = (node: Node) => node.position?.start.line ?? 0
const COMPONENTS: Record<string, AllowedComponent> = ALLOWED_COMPONENTS
const MARKDOWN = new Set<string>(['root', ...Object.keys(ALLOWED_MARKDOWN), ...CODE_NODE_TYPES])

const REFERENCE_TYPES: Record<string, string> = {
  linkReference: 'a reference-style link [text][ref]',
  imageReference: 'a reference-style image ![alt][ref]',
  definition: 'a link definition [ref]: address',
  footnoteReference: 'a footnote [^n]',
  footnoteDefinition: 'a footnote definition [^n]: …',
}

export function checkAllowList(tree: Node): AllowIssue[] {
  const issues: AllowIssue[] = []
  const add = (node: Node, message: string, fix: string) => issues.push({ line: lineOf(node), message, fix })
  visit(tree, (node: Node) => {
    if (isJsx(node)) {
      const name = node.name ?? ''
      const spec = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined
      if (!spec) {
        add(
          node,
          `<${name || '>…</'}> is not an allowed element (content may use Markdown and ${ALLOWED_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} only)`,
          'write it in Markdown or with a registered component (docs/content-guide.md, "What a page may contain"); HTML such as <script>, <iframe>, <img>, <a>, <link>, <meta> or <form> is never allowed',
        )
        return
      }
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') continue // {…spread} is reported by citations/mdx-syntax
        const prop = a.name && Object.hasOwn(spec.props, a.name) ? spec.props[a.name] : undefined
        if (!prop) {
          add(
            node,
            `<${name}> has attribute "${a.name}", which it does not take`,
            `remove it; <${name}> takes ${
              Object.keys(spec.props)
                .map((p) => `${p}="…"`)
                .join(', ') || 'no attributes'
            }`,
          )
        } else if (prop.values && typeof a.value === 'string' && !prop.values.includes(a.value)) {
          add(
            node,
            `<${name} ${a.name}="${a.value}"> is not one of ${prop.values.join(', ')}`,
            `use ${a.name}="${prop.values[0]}" or another of: ${prop.values.join(', ')}`,
          )
        } // an attribute with no value or a {code} value is reported by citations/mdx-syntax
      }
      if (spec.empty && node.children.length)
        add(node, `<${name}> holds text, but it stands alone`, `write <${name} … /> and put the text outside it`)
      return
    }
    if (node.type in REFERENCE_TYPES) {
      add(
        node,
        `${REFERENCE_TYPES[node.type]}: its address is not checked like an inline link`,
        'write the link inline, as [text](page:slug), or cite the source with <Cite id="…" f="…" />',
      )
      return
    }
    const depth = node.type === 'heading' ? (node as Node & { depth: number }).depth : HEADING_DEPTHS.min
    if (depth < HEADING_DEPTHS.min || depth > HEADING_DEPTHS.max) {
      add(
        node,
        `a level-${depth} heading (${'#'.repeat(depth)})`,
        `use ${'#'.repeat(HEADING_DEPTHS.min)} to ${'#'.repeat(HEADING_DEPTHS.max)}: the page title is the only level-1 heading`,
      )
    }
    if (!MARKDOWN.has(node.type))
      add(
        node,
        `"${node.type}" is not allowed in a page`,
        'use only the Markdown listed in docs/content-guide.md ("What a page may contain")',
      )
  })
  return issues
}
