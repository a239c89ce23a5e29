/**
 * Removes the Next.js client runtime from exported pages. Our pages are complete HTML rendered at
 * build time and need no hydration or client router; the runtime would cost every reader about
 * 135 KB of gzipped JavaScript (docs/architecture.md, "No framework runtime"). Navigation is plain
 * links. Kept: JSON data blocks (`type="application/ld+json"` or `application/json`, never run)
 * and our own small progressive enhancements, marked `data-keep`.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi
// React's hydration markers: empty comments and Suspense boundaries. Meaningless without React.
const MARKERS = /<!-- -->|<!--\/?\$\??-->/g
const EMPTY_HIDDEN_DIV = /<div hidden="">\s*<\/div>/g

export const keepScript = (attrs: string) => /\btype=["']application\/(?:ld\+)?json["']/i.test(attrs) || /\bdata-keep\b/i.test(attrs)

export interface StripResult {
  html: string
  removedScripts: number
}

export function stripFramework(html: string): StripResult {
  let removedScripts = 0
  const out = html
    .replace(SCRIPT, (whole, attrs: string) => {
      if (keepScript(attrs)) return whole
      removedScripts++
      return ''
    })
    .replace(SCRIPT_PRELOAD, () => {
      removedScripts++
      return ''
    })
    .replace(MARKERS, '')
    .replace(EMPTY_HIDDEN_DIV, '')
  return { html: out, removedScripts }
}

/** Files under out/ that only the client router reads (React Server Component payloads). */
export const isRouterPayload = (file: string) => /(?:^|\/)(?:index\.txt|__next\.[^/]*\.txt)$/.test(file)
