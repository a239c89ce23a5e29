import { HandoutsIndexView, handoutsMetadata } from '@/components/views/handouts'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'
import '@/styles/handout.css'

export const metadata = handoutsMetadata(DEFAULT_LOCALE)

export default function HandoutsPage() {
  return <HandoutsIndexView locale={DEFAULT_LOCALE} />
}
