/**
 * Removes the Next.js client runtime from exported pages. Our pages are complete HTML rendered at
 * build time and need no hydration or client router; the runtime would cost every reader about
 * 135 KB of gzipped JavaScript (docs/architecture.md, "No framework runtime"). Navigation is plain
 * links. Only what is recognisably Next's or React's is removed; whatever else is left must be our
 * own code, which lib/build/audit.ts checks.
 */
import { isDataBlock, relOf, remove, type Edit, type HtmlDoc, type HtmlElement } from '../html/document'

/**
 * The inline scripts Next and React write: the flight data (`self.__next_f`), Turbopack's chunk
 * list, React's Suspense helpers (`$RC=` …). Removing a script never runs anything, so a loose
 * match is safe; a new kind of framework script makes the audit fail, naming it.
 */
const FRAMEWORK_INLINE = /^\s*(?:\(?self\.__next_[a-z]+\b|\(globalThis\["TURBOPACK"\]|\$R[A-Z]+\s*=)/
const FRAMEWORK_FILES = '/_next/'
// React's hydration markers: empty comments and Suspense boundaries. Meaningless without React.
const MARKERS = new Set([' ', '', '$', '/$', '$?', '$!'])

export const isFrameworkScript = (el: HtmlElement) =>
  el.tag === 'script' &&
  !isDataBlock(el) &&
  (el.attrs.has('src') ? el.attrs.get('src')!.startsWith(FRAMEWORK_FILES) : FRAMEWORK_INLINE.test(el.text))

const isScriptPreload = (el: HtmlElement) =>
  el.tag === 'link' &&
  (relOf(el).includes('modulepreload') || (relOf(el).includes('preload') && el.attrs.get('as') === 'script'))
/** `<div hidden="">` that held only Suspense markers. */
const isEmptyHiddenDiv = (el: HtmlElement) =>
  el.tag === 'div' && el.attrs.size === 1 && el.attrs.has('hidden') && el.empty

export function frameworkEdits(doc: HtmlDoc): { edits: Edit[]; removedScripts: number } {
  const scripts = doc.elements.filter((el) => isFrameworkScript(el) || isScriptPreload(el))
  const edits = [
    ...scripts,
    ...doc.elements.filter(isEmptyHiddenDiv),
    ...doc.comments.filter((c) => MARKERS.has(c.data)),
  ].map(remove)
  return { edits, removedScripts: scripts.length }
}

/** Files under out/ that only the client router reads (React Server Component payloads). */
export const isRouterPayload = (file: string) => /(?:^|\/)(?:index\.txt|__next\.[^/]*\.txt)$/.test(file)
