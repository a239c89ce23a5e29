import { HomeView } from '@/components/views/home'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

export default function HomePage() {
  return <HomeView locale={DEFAULT_LOCALE} />
}
