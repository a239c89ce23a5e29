/**
 * Every covered place's emergency number, the reader's own places first: the list the embed help
 * box and the printed topic page's help block show (the call box on urgent pages shows the same
 * resources, cited). One reading of content/resources, so the two can never differ.
 */
import { emergencyNumbersUse, selectResources } from '../citations/select-resources'
import { getAllResources } from './pages'

export interface EmergencyNumber {
  country: string
  /** The number as written for readers ("000", "112 / 119"). */
  label: string
  /** The number to dial, for tel: links. */
  value: string
}

export function emergencyNumbers(locale: string): EmergencyNumber[] {
  return selectResources(emergencyNumbersUse(0), getAllResources(locale), locale).flatMap((r) => {
    const phone = r.contacts.find((c) => c.method === 'phone')
    return phone ? [{ country: r.country, label: phone.label, value: phone.value }] : []
  })
}
