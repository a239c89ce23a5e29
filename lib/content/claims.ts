/**
 * A page's claims: each paragraph, list item and table cell of health information with the
 * citations it carries, grouped under its section heading. Computed once by Contentlayer
 * (field `claims`) and published as open data (lib/open-data/page-json.ts).
 */
import { needsCitation } from '../rules/citations'
import type { Block } from '../text/prose'

export type PageClaims = { heading: string | null; claims: { text: string; cites: { source: string; finding: string }[] }[] }[]

export function claimsOf(blocks: Block[]): PageClaims {
  const sections: PageClaims = [{ heading: null, claims: [] }]
  for (const b of blocks) {
    if (b.kind === 'heading' && b.depth === 2 && b.within.length === 0) sections.push({ heading: b.text, claims: [] })
    else if (needsCitation(b)) sections.at(-1)!.claims.push({ text: b.text, cites: b.cites })
  }
  return sections.filter((s) => s.claims.length > 0)
}
