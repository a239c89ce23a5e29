import type { Marker } from '@/lib/citations/plan'
import { CiteGroup } from './cite-group'

export interface CiteMarkerProps {
  /** From the page's citation plan; undefined only if the build check was bypassed. */
  marker: Marker | undefined
  locale: string
}

/** A numbered marker such as [2]: links to the reference; the reference links back to its id. */
export function CiteMarker({ marker, locale }: CiteMarkerProps) {
  if (!marker) throw new Error('Citation missing from the plan: run npm run check:content')
  return <CiteGroup markers={[marker]} locale={locale} />
}
