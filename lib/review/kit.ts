/**
 * The review kit for one page (/review/<slug>/): every claim block of the page (its `claims`
 * computed field, the same list the open-data JSON publishes) beside the exact findings it cites,
 * with flags for claims that rest on one weak source. Pure data: components/review renders it.
 */
import type { PageClaims } from '../model/claims'
import type { CitationPlan, SourceRecord } from '../citations/plan'
import { claimFlags, type Flag } from './flags'

export interface KitFinding {
  /** The source's number in the page's reference list, as the page's markers show it. */
  ref: number
  source: SourceRecord
  findingId: string
  paraphrase: string
  /** The pack's verbatim anchor words. */
  anchor: string
  /** The reader's address with a #:~:text= deep link to the anchor (lib/citations/plan.ts). */
  deepLink: string
}

export interface KitClaim {
  /** 1, 2 … across the whole page, so a printed mark can be matched to its claim. */
  number: number
  text: string
  findings: KitFinding[]
  flags: Flag[]
}

export interface KitSection {
  heading: string | null
  claims: KitClaim[]
}

export interface ReviewKit {
  sections: KitSection[]
  claimCount: number
  flaggedCount: number
}

export class KitCitationError extends Error {}

export function buildReviewKit(claims: PageClaims, plan: CitationPlan): ReviewKit {
  let number = 0
  const finding = (source: string, id: string): KitFinding => {
    const ref = plan.references.find((r) => r.source.id === source)
    const used = ref?.findings.find((f) => f.id === id)
    const data = ref?.source.findings.find((f) => f.id === id)
    // The content check makes this impossible; a kit missing a finding must not be printed.
    if (!ref || !used || !data)
      throw new KitCitationError(`the page cites ${source} ${id}, which its citation plan does not hold`)
    return {
      ref: ref.n,
      source: ref.source,
      findingId: id,
      paraphrase: used.paraphrase,
      anchor: data.anchor,
      deepLink: used.href,
    }
  }
  const sections = claims.map((s) => ({
    heading: s.heading,
    claims: s.claims.map((c) => {
      // The same finding cited twice in one block is one finding to check.
      const cites = c.cites.filter(
        (x, i) => c.cites.findIndex((y) => y.source === x.source && y.finding === x.finding) === i,
      )
      const findings = cites.map((x) => finding(x.source, x.finding))
      return { number: ++number, text: c.text, findings, flags: claimFlags(findings.map((f) => f.source)) }
    }),
  }))
  const all = sections.flatMap((s) => s.claims)
  return { sections, claimCount: all.length, flaggedCount: all.filter((c) => c.flags.length > 0).length }
}

/** The marks a reviewer gives each claim, printed as boxes to tick. */
export const REVIEW_MARKS = ['Faithful', 'Needs change', 'Wrong'] as const
