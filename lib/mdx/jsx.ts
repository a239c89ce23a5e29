/** Small helpers for MDX JSX nodes (remark-mdx), shared by the prose walker and the remark plugin. */
import type { Node } from 'unist'

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute'
  name?: string
  value?: unknown
}
export interface JsxNode extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'
  name: string | null
  attributes: JsxAttribute[]
  children: Node[]
}

export const isJsx = (node: Node): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'

/** A string attribute's value; `undefined` when absent or written as an {expression}. */
export function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name)
  return typeof a?.value === 'string' ? a.value : undefined
}

/** Names of attributes written as {expressions}: content must be data, so these are rejected. */
export function expressionAttrs(node: JsxNode): string[] {
  return node.attributes
    .filter((a) => a.type === 'mdxJsxExpressionAttribute' || (a.value !== undefined && typeof a.value !== 'string'))
    .map((a) => a.name ?? '{…}')
}
