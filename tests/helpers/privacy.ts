/**
 * The privacy promise as a check (content/site/en/about.mdx, "Privacy"): a page makes no request
 * to another site, sets no cookie, stores nothing, and never hands its topic to another site in
 * a link's query string or through a Referer.
 */
export interface PrivacyObservation {
  page: string
  siteOrigin: string
  requests: string[]
  cookies: number
  storage: { local: number; session: number }
  /** Links to other sites on the page, with their rel attribute. */
  outboundLinks: { href: string; rel: string }[]
  /** The Referrer-Policy the page runs under (header or meta). */
  referrerPolicy: string
}

export function privacyProblems(o: PrivacyObservation): string[] {
  const out: string[] = []
  for (const url of o.requests) if (new URL(url).origin !== o.siteOrigin) out.push(`request to another site: ${url}`)
  if (o.cookies) out.push(`${o.cookies} cookie(s) set`)
  if (o.storage.local || o.storage.session)
    out.push(`storage used: local ${o.storage.local}, session ${o.storage.session}`)
  if (o.referrerPolicy !== 'no-referrer') out.push(`referrer policy is "${o.referrerPolicy}", not no-referrer`)
  const slug = o.page.split('/').filter(Boolean).pop()
  for (const l of o.outboundLinks) {
    const query = new URL(l.href).search
    if (slug && slug.length > 3 && query.includes(slug))
      out.push(`link sends this page's topic to another site: ${l.href}`)
    if (!/\bnoreferrer\b/.test(l.rel)) out.push(`link out without rel="noreferrer": ${l.href}`)
  }
  return out
}
