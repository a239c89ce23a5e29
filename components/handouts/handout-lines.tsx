import type { Resource } from 'contentlayer/generated'
import { CiteMarker } from '@/components/citations/cite-marker'
import { ContactLink } from '@/components/content/resource-card'
import type { CitationPlan } from '@/lib/citations/plan'
import { t } from '@/lib/i18n'

/** Contacts a sheet of paper can use: numbers to call or text; websites are on the full page. */
const ON_PAPER = ['phone', 'sms', 'tty', 'whatsapp', 'wechat']

export interface HandoutLinesProps {
  /** Index of the helpline list among the handout's elements (its citation plan's numbering). */
  i: number
  resources: Resource[]
  plan: CitationPlan
  locale: string
}

/**
 * A helpline list of many places, one line per service (place, name, numbers, source), so the
 * crisis lines of every place fit on a handout; a place's own handout shows full cards instead.
 */
export function HandoutLines({ i, resources, plan, locale }: HandoutLinesProps) {
  const l = t(locale)
  return (
    <ul className="handout-lines">
      {resources.map((r) => (
        <li key={r.id}>
          <strong>{l.country(r.country)}</strong> {r.name}
          {r.region ? ` (${r.region})` : ''}:{' '}
          {r.contacts
            .filter((c) => ON_PAPER.includes(c.method))
            .map((c, k) => (
              <span key={`${c.method}-${c.value}`}>
                {k > 0 && ', '}
                <ContactLink method={c.method} value={c.value} label={c.label} newTab={false} locale={locale} />
              </span>
            ))}
          <CiteMarker marker={plan.resource(i, r.id)} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
