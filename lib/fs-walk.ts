/** Every file below a folder, depth first, in a stable order. One walker for scripts, checks and tests. */
import fs from 'node:fs'
import path from 'node:path'

export function walkFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walkFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** A file's URL path under a site root: out/topics/a/index.html → /topics/a/index.html */
export const urlPathOf = (root: string, file: string) => `/${path.relative(root, file).split(path.sep).join('/')}`
