/**
 * Numbers a page's citations. References are numbered by first appearance; each lists the
 * findings used (with a deep link to the passage) and a link back to every marker that cites it.
 * Pure data: components/citations renders it for the site and for embeds.
 */
import { readerUrl } from './format'
import { markerId, refId } from '../routes'
import { textFragmentUrl } from './deep-link'
import { selectResources, type ResourceLike } from './select-resources'
import { itemsShown, parseCites, type UrgentLike } from '../model/urgent'
import type { Use } from './uses'

export interface SourceRecord {
  id: string
  title: string
  publisher: string
  url: string
  original?: string
  published: string
  kind: string
  country: string
  language: string
  findings: { id: string; paraphrase: string; anchor: string }[]
  /** The pack's provenance notes (mirrors, reposts), read by the review kit's flags. */
  notes?: string[]
}

export interface ResourceRecord extends ResourceLike {
  source: string
  confirmedBy: string[]
}

export interface PlanFinding {
  id: string
  paraphrase: string
  /** The source URL with a #:~:text= deep link to the anchor phrase. */
  href: string
  targetId: string
  /** Marker ids that cite this finding, in reading order. */
  backlinks: string[]
}

export interface PlanReference {
  n: number
  source: SourceRecord
  targetId: string
  findings: PlanFinding[]
}

export interface Marker {
  n: number
  markerId: string
  targetId: string
}

export interface CitationPlan {
  references: PlanReference[]
  /** The marker for the citing element with index `i` (a <Cite>). */
  cite(i: number): Marker | undefined
  /** The marker for resource `resourceId` shown by the citing element with index `i`. */
  resource(i: number, resourceId: string): Marker | undefined
  /** The markers of urgent item `itemId` shown by the <CallNow>/<FirstAid> with index `i`, shown as one group. */
  urgent(i: number, itemId: string): Marker[]
}

export class UnknownCitationError extends Error {}

export function buildPlan(
  uses: Use[],
  sources: SourceRecord[],
  resources: ResourceRecord[],
  urgent?: UrgentLike,
  /** The page's language: its readers' places come first, as the page shows them. */
  locale?: string,
): CitationPlan {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const references: PlanReference[] = []
  const markers = new Map<string, Marker>()
  const urgentMarkers = new Map<string, Marker[]>()

  const reference = (sourceId: string): PlanReference => {
    let ref = references.find((r) => r.source.id === sourceId)
    if (!ref) {
      const source = byId.get(sourceId)
      // The content check makes this impossible; failing loudly keeps a bad build from shipping.
      if (!source) throw new UnknownCitationError(`unknown source "${sourceId}"`)
      ref = { n: references.length + 1, source, targetId: refId(sourceId), findings: [] }
      references.push(ref)
    }
    return ref
  }
  const finding = (ref: PlanReference, id: string): PlanFinding => {
    let f = ref.findings.find((x) => x.id === id)
    if (!f) {
      const data = ref.source.findings.find((x) => x.id === id)
      if (!data) throw new UnknownCitationError(`source "${ref.source.id}" has no finding "${id}"`)
      f = {
        id,
        paraphrase: data.paraphrase,
        href: textFragmentUrl(readerUrl(ref.source), data.anchor),
        targetId: refId(ref.source.id, id),
        backlinks: [],
      }
      ref.findings.push(f)
    }
    return f
  }

  for (const use of uses) {
    if (use.kind === 'cite') {
      const ref = reference(use.source)
      const f = finding(ref, use.finding)
      const id = markerId(use.index)
      f.backlinks.push(id)
      markers.set(`${use.index}`, { n: ref.n, markerId: id, targetId: f.targetId })
      continue
    }
    const numbers = () => {
      for (const r of selectResources(use, resources, locale)) {
        const ref = reference(r.source)
        const id = markerId(use.index, r.id)
        for (const fid of r.confirmedBy) finding(ref, fid).backlinks.push(id)
        markers.set(`${use.index}/${r.id}`, { n: ref.n, markerId: id, targetId: ref.targetId })
      }
    }
    if (use.kind !== 'urgent') {
      numbers()
      continue
    }
    const items = () => {
      for (const item of itemsShown(urgent, use.component, use.show, use.variant)) {
        const group = parseCites(item.cites).list.map((c, k) => {
          const ref = reference(c.source)
          const id = markerId(use.index, `${item.id}-${k}`)
          const f = finding(ref, c.finding)
          f.backlinks.push(id)
          return { n: ref.n, markerId: id, targetId: f.targetId }
        })
        urgentMarkers.set(`${use.index}/${item.id}`, group)
      }
    }
    // Numbered in reading order: the call box shows its numbers first, the short card last.
    if (use.variant === 'card') {
      items()
      numbers()
    } else {
      numbers()
      items()
    }
  }
  const order = (id: string) => (id[0] === 'F' ? 0 : 1000) + Number(id.slice(1))
  for (const ref of references) ref.findings.sort((a, b) => order(a.id) - order(b.id))

  return {
    references,
    cite: (i) => markers.get(`${i}`),
    resource: (i, resourceId) => markers.get(`${i}/${resourceId}`),
    urgent: (i, itemId) => urgentMarkers.get(`${i}/${itemId}`) ?? [],
  }
}

/**
 * The same plan with every marker pointing at its reference rather than at one finding: for a list
 * that names each source once (a printed handout's short reference list has no finding entries).
 */
export function withReferenceTargets(plan: CitationPlan): CitationPlan {
  const toRef = (m: Marker): Marker => ({ ...m, targetId: plan.references[m.n - 1]?.targetId ?? m.targetId })
  return {
    references: plan.references,
    cite: (i) => {
      const m = plan.cite(i)
      return m && toRef(m)
    },
    resource: (i, id) => {
      const m = plan.resource(i, id)
      return m && toRef(m)
    },
    urgent: (i, id) => plan.urgent(i, id).map(toRef),
  }
}
