/**
 * Finds every citation in an MDX tree, in the order a reader meets it. One function serves the
 * remark plugin (which numbers each citing element while MDX compiles), the computed field
 * `citations`, and the checks, so the numbers on the page and in the checks cannot disagree.
 *
 * Citing elements:
 * - <Cite id="pack-id" f="F2" />: one finding of one source.
 * - <HelpDirectory countries="US GB" />, <ResourceCard id="…" />, <EmergencyNumber country="US" />:
 *   each shown resource cites the source and findings that confirm it (content/resources/*.yaml).
 * - <CallNow />, <FirstAid show="cpr recovery" />: the urgent advice written once in
 *   content/urgent/<locale>.yaml; each item cites its findings, and the call box also shows every
 *   covered place's emergency number (a resource).
 */
import type { Node, Parent } from 'unist'
import { visit } from 'unist-util-visit'
import { URGENT_COMPONENTS } from '../model/urgent'
import { attr, isJsx, type JsxNode } from '../mdx/jsx'

export type Use =
  | { kind: 'cite'; index: number; source: string; finding: string; line: number }
  | {
      kind: 'resources'
      index: number
      component: string
      countries: string[]
      ids: string[]
      kinds?: string[]
      line: number
    }
  | { kind: 'urgent'; index: number; component: string; show: string[]; variant?: string; line: number }

export const RESOURCE_COMPONENTS = ['HelpDirectory', 'ResourceCard', 'EmergencyNumber'] as const
export const CITING_COMPONENTS: readonly string[] = ['Cite', ...RESOURCE_COMPONENTS, ...URGENT_COMPONENTS]

const words = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean)

/** Visits citing elements in document order; `onUse` may annotate the node (the remark plugin does). */
export function collectUses(tree: Node, onUse?: (node: JsxNode, use: Use) => void): Use[] {
  const uses: Use[] = []
  visit(tree, (node: Node) => {
    if (!isJsx(node) || !node.name || !CITING_COMPONENTS.includes(node.name)) return
    const index = uses.length
    const line = node.position?.start.line ?? 0
    const variant = attr(node, 'variant')
    const use: Use =
      node.name === 'Cite'
        ? { kind: 'cite', index, source: attr(node, 'id') ?? '', finding: attr(node, 'f') ?? '', line }
        : (URGENT_COMPONENTS as readonly string[]).includes(node.name)
          ? {
              kind: 'urgent',
              index,
              component: node.name,
              show: words(attr(node, 'show')),
              ...(variant ? { variant } : {}),
              line,
            }
          : {
              kind: 'resources',
              index,
              component: node.name,
              countries: words(attr(node, 'countries') ?? attr(node, 'country')),
              ids: words(attr(node, 'id')),
              ...(attr(node, 'kind') ? { kinds: words(attr(node, 'kind')) } : {}),
              line,
            }
    uses.push(use)
    onUse?.(node, use)
  })
  return uses
}

/**
 * Remark plugin: writes each citing element's position as attribute `i`, read by
 * components/citations, then joins adjacent <Cite /> elements into one <CiteGroup i="3 4" />, so
 * the reader sees "[3, 4]" rather than "[3][4]".
 */
export function remarkCitationIndex() {
  return (tree: Parent) => {
    collectUses(tree, (node, use) => {
      node.attributes = node.attributes.filter((a) => a.name !== 'i')
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'i', value: String(use.index) })
    })
    joinAdjacentCites(tree)
  }
}

const isCite = (n: Node): n is JsxNode => isJsx(n) && n.name === 'Cite'
const isBlank = (n: Node) => n.type === 'text' && !(n as Node & { value: string }).value.trim()

/** Replaces each run of two or more <Cite /> (with only spaces between) by one CiteGroup. */
export function joinAdjacentCites(tree: Parent): void {
  visit(tree, (node: Node) => {
    const kids = (node as Parent).children
    if (!Array.isArray(kids)) return
    const out: Node[] = []
    for (let k = 0; k < kids.length; k++) {
      const run: JsxNode[] = []
      let j = k
      while (
        j < kids.length &&
        (isCite(kids[j]!) || (run.length > 0 && isBlank(kids[j]!) && kids[j + 1] && isCite(kids[j + 1]!)))
      ) {
        if (isCite(kids[j]!)) run.push(kids[j] as JsxNode)
        j++
      }
      if (run.length < 2) {
        out.push(kids[k]!)
        continue
      }
      const i = run.map((c) => c.attributes.find((a) => a.name === 'i')?.value).join(' ')
      out.push({
        type: 'mdxJsxTextElement',
        name: 'CiteGroup',
        attributes: [{ type: 'mdxJsxAttribute', name: 'i', value: i }],
        children: [],
      } as unknown as Node)
      k = j - 1
    }
    ;(node as Parent).children = out as Parent['children']
  })
}
