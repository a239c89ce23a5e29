/**
 * CSP hashes of a page's inline scripts and styles, computed from the final HTML after the
 * post-build step, so the Content-Security-Policy allows exactly the code we ship and nothing else.
 */
import { createHash } from 'node:crypto'

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`

export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = []
  const styles: string[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs = '', body = ''] = m
    // JSON data blocks are never run, so CSP does not apply to it; external scripts are covered by 'self'.
    if (/\btype=["']application\/(?:ld\+)?json["']/i.test(attrs) || /\bsrc=/i.test(attrs) || !body) continue
    scripts.push(sha256(body))
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1]) styles.push(sha256(m[1]))
  return { scripts, styles }
}

/** True when the HTML uses style="…" attributes, which a hash-based CSP would block. */
export const hasStyleAttributes = (html: string) => /<[a-z][^>]*\sstyle=/i.test(html)
