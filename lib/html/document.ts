/**
 * The one HTML toolkit for the post-build step, the budget and the link check. HTML is read with
 * parse5, a WHATWG-conformant parser, so a script, a style or an attribute is seen exactly as a
 * browser sees it (regular expressions miss `<SCRIPT >`, `</script >`, comments, attributes in
 * any order). Pages are never re-serialised: edits splice the original text at the parser's
 * offsets, so every byte we do not touch ships as Next wrote it and CSP hashes stay exact.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

export interface HtmlElement {
  /** Lower-case tag name, as the parser sees it. */
  tag: string
  /** Attribute values, decoded (`&amp;` → `&`); names lower-case. */
  attrs: Map<string, string>
  /** Offsets of the whole element (start tag to end tag) in the page text. */
  start: number
  end: number
  /** Offset just after the start tag. */
  startTagEnd: number
  /** One-based line of the start tag, for messages. */
  line: number
  /** Text content as the browser sees it: for `<script>` and `<style>`, the code it runs or hashes. */
  text: string
  /** True when the element holds nothing but whitespace and comments. */
  empty: boolean
}

export interface HtmlComment {
  data: string
  start: number
  end: number
}

export interface HtmlDoc {
  html: string
  /** Every element written in the source, in document order (template contents included). */
  elements: HtmlElement[]
  comments: HtmlComment[]
}

type Node = T.ChildNode | T.ParentNode

const childrenOf = (node: Node): T.ChildNode[] => {
  const kids = 'childNodes' in node ? node.childNodes : []
  return node.nodeName === 'template' ? [...kids, ...(node as T.Template).content.childNodes] : kids
}

export function parseHtml(html: string): HtmlDoc {
  const doc: HtmlDoc = { html, elements: [], comments: [] }
  const visit = (node: Node) => {
    const loc = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined
    if (node.nodeName === '#comment' && loc)
      doc.comments.push({ data: (node as T.CommentNode).data, start: loc.startOffset, end: loc.endOffset })
    if ('tagName' in node && loc) {
      const kids = childrenOf(node)
      const el = loc as T.Element['sourceCodeLocation'] & object
      doc.elements.push({
        tag: node.tagName,
        attrs: new Map(node.attrs.map((a) => [a.name, a.value])),
        start: loc.startOffset,
        end: loc.endOffset,
        startTagEnd: el.startTag?.endOffset ?? loc.endOffset,
        line: loc.startLine,
        text: kids.map((k) => (k.nodeName === '#text' ? (k as T.TextNode).value : '')).join(''),
        empty: kids.every(
          (k) => k.nodeName === '#comment' || (k.nodeName === '#text' && !(k as T.TextNode).value.trim()),
        ),
      })
    }
    for (const child of childrenOf(node)) visit(child)
  }
  visit(parse(html, { sourceCodeLocationInfo: true }))
  return doc
}

export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Applies edits to the page text. An edit inside another edit's range is dropped (removing an
 * element removes what it contains); the rest of the text is kept byte for byte.
 */
export function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const e of sorted) {
    if (e.start < at) continue
    out += html.slice(at, e.start) + e.text
    at = e.end
  }
  return out + html.slice(at)
}

export const remove = (x: { start: number; end: number }): Edit => ({ start: x.start, end: x.end, text: '' })

/** JSON data blocks (`application/json`, `application/ld+json`): data a browser never runs. */
export const DATA_BLOCK_TYPES = ['application/json', 'application/ld+json'] as const
export const isDataBlock = (el: HtmlElement) =>
  el.tag === 'script' &&
  (DATA_BLOCK_TYPES as readonly string[]).includes((el.attrs.get('type') ?? '').trim().toLowerCase())

/** Scripts a browser would run: not data blocks. `src` set for external ones. */
export const runnableScripts = (doc: HtmlDoc) => doc.elements.filter((e) => e.tag === 'script' && !isDataBlock(e))

/** `rel` tokens of a <link>, lower-cased. */
export const relOf = (el: HtmlElement) => (el.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean)
export const stylesheetLinks = (doc: HtmlDoc) =>
  doc.elements.filter((e) => e.tag === 'link' && relOf(e).includes('stylesheet'))

/** Every same-document URL a page loads or links to, with the element it came from. */
export const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  form: ['action'],
  button: ['formaction'],
}
export function urlsOf(doc: HtmlDoc): { el: HtmlElement; attr: string; url: string }[] {
  return doc.elements.flatMap((el) =>
    (URL_ATTRS[el.tag] ?? []).filter((a) => el.attrs.has(a)).map((attr) => ({ el, attr, url: el.attrs.get(attr)! })),
  )
}

export const idsOf = (doc: HtmlDoc) =>
  new Set(doc.elements.map((e) => e.attrs.get('id')).filter((id): id is string => !!id))
