/**
 * A page's claims: each paragraph, list item and table cell of health information with the
 * citations it carries, grouped under its section heading. Computed once by Contentlayer
 * (field `claims`) and published as open data (lib/open-data/page-json.ts).
 */
import type { Block } from '../text/prose'

/** Components whose text makes no health claim (it only points somewhere), so needs no citation. */
export const UNCITED_COMPONENTS = ['Signpost'] as const

/** A block that states health information and so must cite: body text, not headings, table headers or row labels. */
export function needsCitation(b: Block): boolean {
  if (b.within.some((w) => (UNCITED_COMPONENTS as readonly string[]).includes(w))) return false
  if (b.kind === 'paragraph') return true
  return b.kind === 'cell' && (b.row ?? 0) > 0 && (b.col ?? 0) > 0
}

export type PageClaims = {
  heading: string | null
  claims: { text: string; cites: { source: string; finding: string }[] }[]
}[]

export function claimsOf(blocks: Block[]): PageClaims {
  const sections: PageClaims = [{ heading: null, claims: [] }]
  for (const b of blocks) {
    if (b.kind === 'heading' && b.depth === 2 && b.within.length === 0) sections.push({ heading: b.text, claims: [] })
    else if (needsCitation(b)) sections.at(-1)!.claims.push({ text: b.text, cites: b.cites })
  }
  return sections.filter((s) => s.claims.length > 0)
}
