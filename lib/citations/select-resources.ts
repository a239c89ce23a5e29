/**
 * Which resources a resource component shows, in display order. Shared by the checks (on raw
 * YAML) and the pages (on Contentlayer data) so the page shows exactly what the build checked.
 */
import { COUNTRIES, LOCAL_COUNTRIES, RESOURCE_KINDS, type Locale } from '../model/taxonomy'
import type { Use } from './uses'

export interface ResourceLike {
  id: string
  country: string
  kind: string
  region?: string
  name: string
}

const countryOrder = Object.keys(COUNTRIES)
/** The places of a page's own readers first (LOCAL_COUNTRIES), then the rest in the usual order. */
export const countriesFor = (locale?: string): string[] => {
  const local: readonly string[] = LOCAL_COUNTRIES[locale as Locale] ?? []
  return [...local, ...countryOrder.filter((c) => !local.includes(c))]
}
const kindOrder = Object.keys(RESOURCE_KINDS)

/** Emergency first, then by kind, then national before regional, then by name. */
export function sortResources<T extends ResourceLike>(list: T[], locale?: string): T[] {
  const order = countriesFor(locale)
  return [...list].sort(
    (a, b) =>
      order.indexOf(a.country) - order.indexOf(b.country) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      Number(Boolean(a.region)) - Number(Boolean(b.region)) ||
      a.name.localeCompare(b.name),
  )
}

/** The call box (<CallNow>) shows the emergency number of every covered place. */
export const emergencyNumbersUse = (index: number): Extract<Use, { kind: 'resources' }> => ({
  kind: 'resources',
  index,
  component: 'EmergencyNumber',
  countries: countryOrder,
  ids: [],
  line: 0,
})

/** `locale`: the page's language, whose own places come first (display order; membership never depends on it). */
export function selectResources<T extends ResourceLike>(use: Use, all: T[], locale?: string): T[] {
  if (use.kind === 'cite') return []
  if (use.kind === 'urgent')
    return use.component === 'CallNow' ? selectResources(emergencyNumbersUse(use.index), all, locale) : []
  if (use.component === 'ResourceCard')
    return use.ids.map((id) => all.find((r) => r.id === id)).filter((r): r is T => !!r)
  // <HelpDirectory kind="crisis-line"> shows only services of those kinds (e.g. crisis lines where low mood is discussed).
  const inCountries = all.filter((r) => use.countries.includes(r.country) && (!use.kinds || use.kinds.includes(r.kind)))
  if (use.component === 'EmergencyNumber')
    return sortResources(
      inCountries.filter((r) => r.kind === 'emergency'),
      locale,
    )
  return sortResources(inCountries, locale)
}
