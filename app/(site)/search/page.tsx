import { SearchView, searchMetadata } from '@/components/views/search'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

export const metadata = searchMetadata(DEFAULT_LOCALE)

export default function SearchPage() {
  return <SearchView locale={DEFAULT_LOCALE} />
}
