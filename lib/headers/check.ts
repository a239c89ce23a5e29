/**
 * Checks the headers every built file would get from out/_headers (tests/e2e/headers.spec.ts),
 * written as a function so a unit test can prove it fails on a bad _headers file.
 */
import { routeKind } from '../routes'
import { headersFor, type HeaderRule } from './headers-file'

const REQUIRED = ['x-content-type-options', 'referrer-policy', 'strict-transport-security', 'permissions-policy']

export function headerProblems(rules: HeaderRule[], paths: string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    const h = headersFor(rules, p)
    const csp = h.get('content-security-policy') ?? ''
    // Two rules that both set a CSP are joined with a comma: two policies, and browsers enforce both.
    const policies = csp ? csp.split(/,\s*(?=default-src)/).length : 0
    if (policies > 1) out.push(`${p}: ${policies} Content-Security-Policies`)
    for (const name of REQUIRED) if (!h.has(name)) out.push(`${p}: no ${name}`)
    if (h.get('referrer-policy') && h.get('referrer-policy') !== 'no-referrer')
      out.push(`${p}: Referrer-Policy is ${h.get('referrer-policy')}`)
    // The offline worker is asked for afresh, so a new content version reaches readers' copies.
    if (routeKind(p).kind === 'service-worker') {
      if (!/\bno-cache\b/.test(h.get('cache-control') ?? ''))
        out.push(`${p}: a service worker without Cache-Control: no-cache`)
      if (!/connect-src 'self'/.test(csp)) out.push(`${p}: a service worker that may fetch from other sites`)
    }
    const page = p.endsWith('/') || p.endsWith('.html')
    if (!page) continue
    if (policies !== 1) out.push(`${p}: an HTML page without exactly one Content-Security-Policy`)
    const kind = routeKind(p).kind
    // Drafts for reviewers stay out of search engines.
    if (kind === 'review' && h.get('x-robots-tag') !== 'noindex')
      out.push(`${p}: a review page without X-Robots-Tag: noindex`)
    // Only the search page may compile WebAssembly (Pagefind); every other page keeps the strict policy.
    if (kind !== 'search' && csp.includes('wasm-unsafe-eval')) out.push(`${p}: WebAssembly allowed off the search page`)
    // Embed documents are the only pages other sites may frame.
    if (kind === 'embed') {
      if (!csp.includes('frame-ancestors *')) out.push(`${p}: an embed that other sites cannot frame`)
      if (h.has('x-frame-options')) out.push(`${p}: an embed with X-Frame-Options`)
      if (h.get('x-robots-tag') !== 'noindex') out.push(`${p}: an embed without X-Robots-Tag: noindex`)
    } else {
      if (!csp.includes("frame-ancestors 'none'")) out.push(`${p}: a page other sites may frame`)
      if (h.get('x-frame-options') !== 'DENY') out.push(`${p}: no X-Frame-Options: DENY`)
    }
  }
  return out
}
