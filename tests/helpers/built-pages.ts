/** Every page in the built site (out/), as URL paths: the sweeps test all of them, not a sample. */
import fs from 'node:fs'
import path from 'node:path'
import { walkFiles } from '../../lib/fs-walk'

export const OUT = path.join(process.cwd(), 'out')


/** `/`, `/topics/overamping/` … for every index.html; `/404.html` for the not-found page. */
export function builtPages(kind: 'site' | 'embed' | 'all' = 'site'): string[] {
  if (!fs.existsSync(OUT)) throw new Error('out/ does not exist: run npm run build:test first')
  const pages = walkFiles(OUT)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${path.relative(OUT, f).split(path.sep).join('/')}`)
    .filter((p) => !p.startsWith('/_not-found/') && p !== '/404/index.html')
    .map((p) => p.replace(/index\.html$/, ''))
    .sort()
  if (kind === 'all') return pages
  return pages.filter((p) => (kind === 'embed' ? p.startsWith('/embed/') : !p.startsWith('/embed/')))
}
