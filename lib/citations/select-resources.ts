/**
 * Which resources a resource component shows, in display order. Shared by the checks (on raw
 * YAML) and the pages (on Contentlayer data) so the page shows exactly what the build checked.
 */
import { COUNTRIES, RESOURCE_KINDS } from '../content/taxonomy'
import type { Use } from './uses'

export interface ResourceLike {
  id: string
  country: string
  kind: string
  region?: string
  name: string
}

const countryOrder = Object.keys(COUNTRIES)
const kindOrder = Object.keys(RESOURCE_KINDS)

/** Emergency first, then by kind, then national before regional, then by name. */
export function sortResources<T extends ResourceLike>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      countryOrder.indexOf(a.country) - countryOrder.indexOf(b.country) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      Number(Boolean(a.region)) - Number(Boolean(b.region)) ||
      a.name.localeCompare(b.name),
  )
}

export function selectResources<T extends ResourceLike>(use: Extract<Use, { kind: 'resources' }>, all: T[]): T[] {
  if (use.component === 'ResourceCard') return use.ids.map((id) => all.find((r) => r.id === id)).filter((r): r is T => !!r)
  const inCountries = all.filter((r) => use.countries.includes(r.country))
  if (use.component === 'EmergencyNumber') return sortResources(inCountries.filter((r) => r.kind === 'emergency'))
  return sortResources(inCountries)
}
