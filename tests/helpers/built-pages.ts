/** Every page in the built site (out/), as URL paths: the sweeps test all of them, not a sample. */
import fs from 'node:fs'
import path from 'node:path'
import { urlPathOf, walkFiles } from '../../lib/fs-walk'
import { notFoundUrl, routeKind, type RouteKind } from '../../lib/routes'

export const OUT = path.join(process.cwd(), 'out')

/**
 * `site`: pages in the site's chrome, less the partner page (`/embed/`, whose live preview frame
 * has tests of its own); `embed`: embed documents and the partner page; `all`: every page.
 */
const GROUPS: Record<'site' | 'embed', (kind: RouteKind) => boolean> = {
  site: (kind) => kind !== 'embed' && kind !== 'embed-partner',
  embed: (kind) => kind === 'embed' || kind === 'embed-partner',
}

/** `/`, `/topics/overamping/` … for every index.html; `/404.html` for the not-found page (not its copies). */
export function builtPages(group: 'site' | 'embed' | 'all' = 'site'): string[] {
  if (!fs.existsSync(OUT)) throw new Error('out/ does not exist: run npm run build:test first')
  const pages = walkFiles(OUT)
    .filter((f) => f.endsWith('.html'))
    .map((f) => urlPathOf(OUT, f).replace(/index\.html$/, ''))
    .filter((p) => routeKind(p).kind !== 'not-found' || p === notFoundUrl())
    .sort()
  return group === 'all' ? pages : pages.filter((p) => GROUPS[group](routeKind(p).kind))
}
