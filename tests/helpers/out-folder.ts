/** A throwaway out/ folder for the post-build step's unit tests: write files, run, read, clean up. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { postbuild } from '../../lib/build/postbuild'
import { headersFor, parseHeadersFile } from '../../lib/headers/headers-file'

/** Writes `files` (URL path → text) into a temporary out/, runs the post-build step (no data files) on it. */
export function runPostbuild(files: Record<string, string>) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-postbuild-'))
  for (const [url, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, url)), { recursive: true })
    fs.writeFileSync(path.join(out, url), text)
  }
  const report = postbuild(out, { data: null })
  const read = (url: string) => fs.readFileSync(path.join(out, url), 'utf8')
  const exists = (url: string) => fs.existsSync(path.join(out, url))
  const headers = (url: string) => headersFor(parseHeadersFile(read('/_headers')), url)
  return { report, read, exists, headers, cleanup: () => fs.rmSync(out, { recursive: true, force: true }) }
}
