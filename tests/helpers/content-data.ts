/**
 * What the content says a built page must show, from Contentlayer's data (.contentlayer/generated,
 * written by the build): the e2e tests compare the page with it, so a marker or card the renderer
 * drops fails a test instead of passing unnoticed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { selectResources, type ResourceLike } from '../../lib/citations/select-resources'
import type { Use } from '../../lib/citations/uses'

const GENERATED = path.join(process.cwd(), '.contentlayer', 'generated')

function documents<T>(type: string): T[] {
  const dir = path.join(GENERATED, type)
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run npm run build:test first`)
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as T)
}

/** Citation markers a page's content asks for: one per <Cite>, one per service a resource component shows. */
export function expectedMarkers(): Map<string, number> {
  const resources = documents<ResourceLike>('Resource')
  const count = (uses: Use[]) => uses.reduce((n, u) => n + (u.kind === 'cite' ? 1 : selectResources(u, resources).length), 0)
  return new Map(documents<{ url: string; citations: Use[] }>('Page').map((p) => [p.url, count(p.citations)]))
}
