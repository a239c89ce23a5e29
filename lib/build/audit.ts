/**
 * The post-build step's gate: a page may keep only code the project ships from source
 * (lib/build/own-code.ts). It runs on the final HTML, so the CSP hashes are of exactly the bytes
 * shipped, and only our own code's bytes are ever hashed: content cannot widen the CSP.
 *
 * Every other inline script or style, script file, event-handler attribute, `javascript:` URL,
 * `<meta http-equiv>` or `data-keep` attribute is a problem that fails the build.
 */
import { createHash } from 'node:crypto'
import { isDataBlock, stylesheetLinks, urlsOf, type HtmlDoc, type HtmlElement } from '../html/document'
import type { RouteKind } from '../routes'
import { cspOf } from '../headers/policy'
import type { OwnCode } from './own-code'

export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`

export interface Audit {
  /** CSP hashes of the page's inline scripts and styles (all our own). */
  scripts: string[]
  styles: string[]
  problems: string[]
}

/** How to fix any audit problem, printed once under them. */
export const AUDIT_FIX =
  'Content cannot carry code: remove it from the content file, or, for new site code, ship it from source and list it in lib/build/own-code.ts'
const excerpt = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60))
const at = (el: HtmlElement) => `<${el.tag}> at line ${el.line}`

/** A data block our components render (components/page/json-ld.tsx, json-data.tsx): JSON, no `<`, no other attributes. */
function dataBlockProblem(el: HtmlElement): string | undefined {
  const extra = [...el.attrs.keys()].filter((a) => a !== 'type' && a !== 'id')
  if (extra.length) return `a JSON data block ${at(el)} with attribute(s) ${extra.join(', ')}`
  // Our components escape every "<" as \u003c, so a raw "<" means the block was not written by them.
  if (el.text.includes('<')) return `a JSON data block ${at(el)} containing "<"`
  try {
    JSON.parse(el.text)
  } catch {
    return `a JSON data block ${at(el)} that is not JSON: ${excerpt(el.text)}`
  }
  return undefined
}

export function auditPage(doc: HtmlDoc, kind: RouteKind, own: OwnCode): Audit {
  const csp = cspOf(kind)
  const out: Audit = { scripts: [], styles: [], problems: [] }
  const problem = (text: string) => out.problems.push(text)
  for (const el of doc.elements) {
    if (el.tag === 'script') {
      const src = el.attrs.get('src')
      if (isDataBlock(el)) {
        const p = dataBlockProblem(el)
        if (p) problem(p)
      } else if (src !== undefined) {
        const file = own.scriptFiles.find((f) => f.src === src && f.kinds.includes(kind))
        if (!file)
          problem(
            `an external script ${at(el)} (src=${JSON.stringify(src)}) that is not one of ours for a ${kind} page`,
          )
        if (el.text.trim()) problem(`a script ${at(el)} with both src and inline code`)
      } else {
        const mine = own.inlineScripts.find((s) => s.csp === csp && s.body === el.text)
        if (mine) out.scripts.push(sha256(el.text))
        else problem(`an unknown inline script ${at(el)}: ${excerpt(el.text)}`)
      }
    } else if (el.tag === 'style') {
      const mine = own.inlineStyles.find((s) => s.csp === csp && s.body === el.text)
      if (mine) out.styles.push(sha256(el.text))
      else problem(`an unknown inline style ${at(el)}: ${excerpt(el.text)}`)
    } else if (el.tag === 'meta' && el.attrs.has('http-equiv')) {
      problem(`<meta http-equiv="${el.attrs.get('http-equiv')}"> at line ${el.line}`)
    }
    for (const name of el.attrs.keys()) {
      if (name === 'data-keep') problem(`a data-keep attribute on ${at(el)} (nothing is kept by marking it)`)
      else if (name.startsWith('on')) problem(`an event-handler attribute ${name}="…" on ${at(el)}`)
      else if (name === 'style')
        problem(`a style="…" attribute on ${at(el)}, which the Content-Security-Policy blocks; use a CSS class`)
    }
  }
  for (const link of stylesheetLinks(doc))
    problem(
      `a stylesheet link ${at(link)} (href=${JSON.stringify(link.attrs.get('href'))}); the site's CSS is inlined and no other is allowed`,
    )
  for (const { el, attr, url } of urlsOf(doc))
    if (/^\s*javascript:/i.test(url)) problem(`a javascript: URL in ${attr} of ${at(el)}`)
  return out
}
