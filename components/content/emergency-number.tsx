import type { Resource } from 'contentlayer/generated'
import { CiteMarker } from '@/components/citations/cite-marker'
import type { CitationPlan } from '@/lib/citations/plan'
import { selectResources } from '@/lib/citations/select-resources'
import { countryInSentence } from '@/lib/content/taxonomy'
import { telHref } from '@/lib/phone'

export interface EmergencyNumberProps {
  i: number
  country: string
  resources: Resource[]
  plan: CitationPlan
}

/** "In the United States, call 911": the emergency number for one country, as a tap-to-call link. */
export function EmergencyNumber({ i, country, resources, plan }: EmergencyNumberProps) {
  const [r] = selectResources({ kind: 'resources', index: i, component: 'EmergencyNumber', countries: [country], ids: [], line: 0 }, resources)
  const phone = r?.contacts.find((c) => c.method === 'phone')
  if (!r || !phone) return null
  return (
    <p className="emergency-number">
      In {countryInSentence(country)}, call <a href={telHref(phone.value)}>{phone.label}</a>.
      <CiteMarker marker={plan.resource(i, r.id)} />
    </p>
  )
}
