/**
 * The urgent advice (content/urgent/<locale>.yaml) as data: which items each component shows,
 * and the findings each item cites. Pure functions, shared by the checks (raw YAML), the citation
 * plan and the components, so the page shows exactly what the build checked.
 */
import { FIRST_AID_GROUPS, URGENT_GROUPS, type UrgentGroup } from './taxonomy'

export interface UrgentItemLike {
  id: string
  group: string
  text: string
  /** "pack-id F3, other-id F1" */
  cites: string
}

export interface UrgentLike {
  locale: string
  groups: { id: string; title: string }[]
  items: UrgentItemLike[]
}

/** The components that show urgent advice, and the groups each shows. */
export const URGENT_COMPONENTS = ['CallNow', 'FirstAid'] as const
export type UrgentComponent = (typeof URGENT_COMPONENTS)[number]

/** The call box: how to call, then the signs. In a quick card it also says when to give naloxone. */
export const CALL_NOW_GROUPS: readonly UrgentGroup[] = ['call-now', 'call-signs']
/** The one first-aid step a quick card repeats: opioids may be in any stimulant supply. */
export const CARD_EXTRA_ITEMS = ['naloxone-give'] as const

const CITE = /^([a-z0-9]+(?:-[a-z0-9]+)*) ([FC]\d+)$/

/** "a F1, b C2" → [{ source: 'a', finding: 'F1' }, …]; `bad` lists the parts that are not "id F1". */
export function parseCites(cites: string): { list: { source: string; finding: string }[]; bad: string[] } {
  const list: { source: string; finding: string }[] = []
  const bad: string[] = []
  for (const part of cites.split(',').map((p) => p.trim())) {
    const m = CITE.exec(part)
    if (m) list.push({ source: m[1]!, finding: m[2]! })
    else bad.push(part)
  }
  return { list, bad }
}

/** Groups a component shows: CallNow → the call box; FirstAid show="cpr recovery" → those groups, in URGENT_GROUPS order. */
export function groupsShown(component: string, show: string[]): UrgentGroup[] {
  if (component === 'CallNow') return [...CALL_NOW_GROUPS]
  const wanted = show.length ? show : FIRST_AID_GROUPS
  return FIRST_AID_GROUPS.filter((g) => wanted.includes(g))
}

/** First-aid group names in `show` that do not exist (for the check's message). */
export const unknownGroups = (show: string[]) =>
  show.filter((g) => !(FIRST_AID_GROUPS as readonly string[]).includes(g))

/** The items a component shows, in display order. */
export function itemsShown<T extends UrgentItemLike>(
  urgent: { items: T[] } | undefined,
  component: string,
  show: string[],
  variant?: string,
): T[] {
  if (!urgent) return []
  const groups = groupsShown(component, show)
  const items = urgent.items.filter((it) => (groups as string[]).includes(it.group))
  // The quick card keeps only the signs (the card is short), then adds its extra steps.
  if (component === 'CallNow' && variant === 'card') {
    return [
      ...items.filter((it) => it.group === 'call-signs'),
      ...urgent.items.filter((it) => (CARD_EXTRA_ITEMS as readonly string[]).includes(it.id)),
    ]
  }
  return items.sort(
    (a, b) => URGENT_GROUPS.indexOf(a.group as UrgentGroup) - URGENT_GROUPS.indexOf(b.group as UrgentGroup),
  )
}

export const groupTitle = (urgent: UrgentLike | undefined, group: string) =>
  urgent?.groups.find((g) => g.id === group)?.title ?? ''

/**
 * The urgent advice a page shows (<CallNow>, <FirstAid>) as claim sections, one per group, in the
 * order shown: it is part of what the page says, so open data and the review kit list it too.
 */
export function urgentClaims(
  uses: readonly { kind: string; component?: string; show?: string[]; variant?: string }[],
  urgent: UrgentLike | undefined,
) {
  const sections: { heading: string; claims: { text: string; cites: { source: string; finding: string }[] }[] }[] = []
  for (const use of uses) {
    if (use.kind !== 'urgent' || !use.component) continue
    const items = itemsShown(urgent, use.component, use.show ?? [], use.variant)
    for (const group of [...new Set(items.map((it) => it.group))]) {
      sections.push({
        heading: groupTitle(urgent, group),
        claims: items
          .filter((it) => it.group === group)
          .map((it) => ({ text: it.text, cites: parseCites(it.cites).list })),
      })
    }
  }
  return sections
}
