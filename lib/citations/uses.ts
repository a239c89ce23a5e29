/**
 * Finds every citation in an MDX tree, in the order a reader meets it. One function serves the
 * remark plugin (which numbers each citing element while MDX compiles), the computed field
 * `citations`, and the checks, so the numbers on the page and in the checks cannot disagree.
 *
 * Citing elements:
 * - <Cite id="pack-id" f="F2" />: one finding of one source.
 * - <HelpDirectory countries="US GB" />, <ResourceCard id="…" />, <EmergencyNumber country="US" />:
 *   each shown resource cites the source and findings that confirm it (content/resources/*.yaml).
 */
import type { Node, Parent } from 'unist'
import { visit } from 'unist-util-visit'
import { attr, isJsx, type JsxNode } from '../mdx/jsx'

export type Use =
  | { kind: 'cite'; index: number; source: string; finding: string; line: number }
  | { kind: 'resources'; index: number; component: string; countries: string[]; ids: string[]; line: number }

export const RESOURCE_COMPONENTS = ['HelpDirectory', 'ResourceCard', 'EmergencyNumber'] as const
export const CITING_COMPONENTS: readonly string[] = ['Cite', ...RESOURCE_COMPONENTS]

const words = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean)

/** Visits citing elements in document order; `onUse` may annotate the node (the remark plugin does). */
export function collectUses(tree: Node, onUse?: (node: JsxNode, use: Use) => void): Use[] {
  const uses: Use[] = []
  visit(tree, (node: Node) => {
    if (!isJsx(node) || !node.name || !CITING_COMPONENTS.includes(node.name)) return
    const index = uses.length
    const line = node.position?.start.line ?? 0
    const use: Use =
      node.name === 'Cite'
        ? { kind: 'cite', index, source: attr(node, 'id') ?? '', finding: attr(node, 'f') ?? '', line }
        : {
            kind: 'resources',
            index,
            component: node.name,
            countries: words(attr(node, 'countries') ?? attr(node, 'country')),
            ids: words(attr(node, 'id')),
            line,
          }
    uses.push(use)
    onUse?.(node, use)
  })
  return uses
}

/** Remark plugin: writes each citing element's position as attribute `i`, read by components/citations. */
export function remarkCitationIndex() {
  return (tree: Parent) => {
    collectUses(tree, (node, use) => {
      node.attributes = node.attributes.filter((a) => a.name !== 'i')
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'i', value: String(use.index) })
    })
  }
}
