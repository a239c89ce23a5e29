import type { Marker } from '@/lib/citations/plan'
import { VisuallyHidden } from '@/components/ui/visually-hidden'
import { messages } from '@/lib/i18n'

export interface CiteGroupProps {
  /** The markers of adjacent citations, shown as one group such as [1, 2]. */
  markers: Marker[]
  locale: string
}

/**
 * Adjacent citations as one group, "[1, 2]", so a step reads as a step and not as footnotes
 * (issue: urgent pages lead with action). Each marker keeps its own id so every "back to text"
 * link still lands; a repeated number is shown once, its later markers become empty anchors.
 */
export function CiteGroup({ markers, locale }: CiteGroupProps) {
  if (markers.length === 0) throw new Error('Citation missing from the plan: run npm run check:content')
  // The first marker of each number is shown; later ones with the same number stay as anchors.
  const parts = markers.map((m, k) => ({ m, show: markers.findIndex((x) => x.n === m.n) === k }))
  const firstShown = parts.findIndex((p) => p.show)
  return (
    <sup className="cite">
      [
      {parts.map(({ m, show }, k) => {
        if (!show) return <span key={m.markerId} id={m.markerId} />
        const sep = k === firstShown ? '' : ', '
        return (
          <span key={m.markerId}>
            {sep}
            <a id={m.markerId} href={`#${m.targetId}`}>
              <VisuallyHidden>{messages(locale).citations.marker}</VisuallyHidden>
              {m.n}
            </a>
          </span>
        )
      })}
      ]
    </sup>
  )
}
