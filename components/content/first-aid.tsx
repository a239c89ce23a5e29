import type { Urgent } from 'contentlayer/generated'
import { CiteGroup } from '@/components/citations/cite-group'
import type { CitationPlan } from '@/lib/citations/plan'
import { groupsShown, groupTitle, itemsShown } from '@/lib/model/urgent'

export interface FirstAidProps {
  i: number
  urgent: Urgent | undefined
  plan: CitationPlan
  /** First-aid groups to show (lib/model/taxonomy.ts, URGENT_GROUPS); empty shows them all. */
  show: string[]
  /** Level of each group's heading. @defaultValue 3 */
  level?: 2 | 3 | 4 | 5
  locale: string
}

/**
 * "While you wait" first-aid steps, written once in content/urgent/<locale>.yaml: numbered, one
 * citation group per step, to the lay first-aid standard (no pulse check, hands-only CPR).
 */
export function FirstAid({ i, urgent, plan, show, level = 3, locale }: FirstAidProps) {
  const Heading = `h${level}` as const
  const items = itemsShown(urgent, 'FirstAid', show)
  return (
    <div className="first-aid" data-urgent="first-aid">
      {groupsShown('FirstAid', show).map((g) => (
        <section key={g} aria-labelledby={`first-aid-${i}-${g}`} data-group={g}>
          <Heading id={`first-aid-${i}-${g}`}>{groupTitle(urgent, g)}</Heading>
          <ol className="steps">
            {items
              .filter((it) => it.group === g)
              .map((it) => (
                <li key={it.id} data-item={it.id}>
                  {it.text}
                  <CiteGroup markers={plan.urgent(i, it.id)} locale={locale} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
