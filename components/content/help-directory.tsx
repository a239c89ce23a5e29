import type { Resource } from 'contentlayer/generated'
import type { CitationPlan } from '@/lib/citations/plan'
import { selectResources } from '@/lib/citations/select-resources'
import type { Use } from '@/lib/citations/uses'
import { t } from '@/lib/i18n'
import { countryHelpId } from '@/lib/routes'
import { ResourceCard } from './resource-card'

export interface HelpDirectoryProps {
  /** Index of this element among the page's citing elements (set by the remark plugin). */
  i: number
  countries: string[]
  /** Only services of these kinds (e.g. crisis lines); all kinds when absent. */
  kinds?: string[]
  resources: Resource[]
  plan: CitationPlan
  newTab?: boolean
  /** Level of the country headings; service names are one below. @defaultValue 2 */
  level?: 2 | 3
  locale: string
}

/** Helplines by country: a list of countries to jump to, then a section per country. */
export function HelpDirectory({ i, countries, kinds, resources, plan, newTab = false, level = 2, locale }: HelpDirectoryProps) {
  const l = t(locale)
  const Heading = `h${level}` as const
  const use: Extract<Use, { kind: 'resources' }> = { kind: 'resources', index: i, component: 'HelpDirectory', countries, ids: [], ...(kinds ? { kinds } : {}), line: 0 }
  const shown = selectResources(use, resources, locale)
  // A filtered directory (e.g. crisis lines) gets its own anchors: `#help-us` stays the full directory on Get help.
  const anchor = (c: string) => (kinds ? `${countryHelpId(c)}-${i}` : countryHelpId(c))
  const present = countries.filter((c) => shown.some((r) => r.country === c))
  return (
    <div className="help-directory">
      {present.length > 1 && (
        // Named with its places too: a page with two directories (local places first, then the rest) needs two names.
        <nav aria-label={`${l.m.content.chooseCountry}: ${present.map((c) => l.country(c)).join(', ')}`}>
          <Heading id={`countries-${i}`}>{l.m.content.chooseCountry}</Heading>
          <ul className="country-nav">
            {present.map((c) => (
              <li key={c}>
                <a href={`#${anchor(c)}`}>{l.country(c)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {present.map((c) => (
        <section key={c} id={anchor(c)} aria-labelledby={`${anchor(c)}-h`}>
          <Heading id={`${anchor(c)}-h`}>{l.country(c)}</Heading>
          <ul className="resource-list">
            {shown
              .filter((r) => r.country === c)
              .map((r) => (
                <li key={r.id}>
                  <ResourceCard resource={r} marker={plan.resource(i, r.id)} newTab={newTab} level={level === 2 ? 3 : 4} locale={locale} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
