/**
 * What the content says a built page must show, from Contentlayer's data (.contentlayer/generated,
 * written by the build): the e2e tests compare the page with it, so a marker or card the renderer
 * drops fails a test instead of passing unnoticed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { selectResources, type ResourceLike } from '../../lib/citations/select-resources'
import type { Use } from '../../lib/citations/uses'
import { itemsShown, parseCites, type UrgentLike } from '../../lib/model/urgent'

const GENERATED = path.join(process.cwd(), '.contentlayer', 'generated')

function documents<T>(type: string): T[] {
  const dir = path.join(GENERATED, type)
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run npm run build:test first`)
  // _index.json lists the current documents; per-document files of deleted content can linger.
  return JSON.parse(fs.readFileSync(path.join(dir, '_index.json'), 'utf8')) as T[]
}

/**
 * Citation markers a page's content asks for: one per <Cite>, one per service a resource component
 * shows, and one per finding each urgent item cites (<CallNow>, <FirstAid>).
 */
export function expectedMarkers(): Map<string, number> {
  const resources = documents<ResourceLike>('Resource')
  const urgent = documents<UrgentLike>('Urgent')
  const count = (uses: Use[], locale: string) =>
    uses.reduce((n, u) => {
      if (u.kind === 'cite') return n + 1
      const items =
        u.kind === 'urgent'
          ? itemsShown(
              urgent.find((x) => x.locale === locale),
              u.component,
              u.show,
              u.variant,
            )
          : []
      return n + selectResources(u, resources).length + items.reduce((k, it) => k + parseCites(it.cites).list.length, 0)
    }, 0)
  return new Map(
    documents<{ url: string; locale: string; citations: Use[] }>('Page').map((p) => [
      p.url,
      count(p.citations, p.locale),
    ]),
  )
}
