import type { Resource } from 'contentlayer/generated'
import { CiteMarker } from '@/components/citations/cite-marker'
import type { CitationPlan } from '@/lib/citations/plan'
import { selectResources } from '@/lib/citations/select-resources'
import { t } from '@/lib/i18n'
import { Rich } from '@/components/ui/rich'
import { telHref } from '@/lib/phone'

export interface EmergencyNumberProps {
  i: number
  country: string
  resources: Resource[]
  plan: CitationPlan
  locale: string
}

/** "In the United States, call 911": the emergency number for one country, as a tap-to-call link. */
export function EmergencyNumber({ i, country, resources, plan, locale }: EmergencyNumberProps) {
  const [r] = selectResources({ kind: 'resources', index: i, component: 'EmergencyNumber', countries: [country], ids: [], line: 0 }, resources)
  const phone = r?.contacts.find((c) => c.method === 'phone')
  if (!r || !phone) return null
  const l = t(locale)
  return (
    <p className="emergency-number">
      <Rich text={l.m.content.emergencyNumber} values={{ country: l.countryInSentence(country), number: <a href={telHref(phone.value)}>{phone.label}</a> }} />
      <CiteMarker marker={plan.resource(i, r.id)} locale={locale} />
    </p>
  )
}
