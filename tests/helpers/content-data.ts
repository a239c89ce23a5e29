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

interface ResourceWithContacts extends ResourceLike {
  contacts: { method: string; value: string; label: string }[]
}
/** Contacts that are numbers a reader dials or texts (a website or app name is not). */
const NUMBER_METHODS = ['phone', 'sms', 'tty']

/**
 * The numbers a handout must carry, from the data alone: a topic handout every number its page's
 * call box and helpline lists show; a place's handout (`get-help-kr`) every number of that place.
 */
export function handoutNumbers(locale: string, id: string): string[] {
  const resources = documents<ResourceWithContacts>('Resource')
  const place = /^get-help-([a-z]{2})$/.exec(id)?.[1]?.toUpperCase()
  const page = documents<{ slug: string; locale: string; citations: Use[] }>('Page').find(
    (p) => p.locale === locale && p.slug === id,
  )
  const uses: Use[] = place
    ? [{ kind: 'resources', index: 0, component: 'HelpDirectory', countries: [place], ids: [], line: 0 }]
    : (page?.citations ?? []).filter((u) => u.kind !== 'cite')
  if (!uses.length) throw new Error(`no data for handout ${locale}/${id}`)
  const labels = uses
    .flatMap((u) => selectResources(u, resources))
    .flatMap((r) => r.contacts.filter((c) => NUMBER_METHODS.includes(c.method)).map((c) => c.label))
  return [...new Set(labels)]
}

/** Every place's emergency number, as the call box and the printed help block show it. */
export const emergencyNumberLabels = (): string[] => [
  ...new Set(
    documents<ResourceWithContacts>('Resource')
      .filter((r) => r.kind === 'emergency')
      .flatMap((r) => r.contacts.filter((c) => c.method === 'phone').map((c) => c.label)),
  ),
]
