import type { Marker } from '@/lib/citations/plan'
import { VisuallyHidden } from '@/components/ui/visually-hidden'

export interface CiteMarkerProps {
  /** From the page's citation plan; undefined only if the build check was bypassed. */
  marker: Marker | undefined
}

/** A numbered marker such as [2]: links to the reference; the reference links back to its id. */
export function CiteMarker({ marker }: CiteMarkerProps) {
  if (!marker) throw new Error('Citation missing from the plan: run npm run check:content')
  return (
    <sup className="cite">
      <a id={marker.markerId} href={`#${marker.targetId}`}>
        <VisuallyHidden>Source </VisuallyHidden>[{marker.n}]
      </a>
    </sup>
  )
}
