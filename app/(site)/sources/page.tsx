import { SourcesView, sourcesMetadata } from '@/components/views/sources'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

export const metadata = sourcesMetadata(DEFAULT_LOCALE)

export default function SourcesPage() {
  return <SourcesView locale={DEFAULT_LOCALE} />
}
