import { PartnerView, partnerMetadata } from '@/components/views/partner'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

export const metadata = partnerMetadata(DEFAULT_LOCALE)

export default function PartnerPage() {
  return <PartnerView locale={DEFAULT_LOCALE} />
}
