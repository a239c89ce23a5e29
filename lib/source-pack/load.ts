/**
 * Loads the vendored source pack. The pack is vendored (copied into this repo) so that a clean
 * clone and CI can check every Source against it without ../shared. `npm run pack:update`
 * refreshes the copy; tests/unit/source-pack.test.ts proves the copy equals ../shared when present.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parsePackFile, type PackSource } from './parse'

export const PACK_DIR = path.join(process.cwd(), 'vendor', 'source-pack')

let cache: Map<string, PackSource> | undefined

export function loadPack(dir: string = PACK_DIR): Map<string, PackSource> {
  if (dir === PACK_DIR && cache) return cache
  const pack = new Map<string, PackSource>()
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file === 'README.md') continue
    const source = parsePackFile(file, fs.readFileSync(path.join(dir, file), 'utf8'))
    if (`${source.id}.md` !== file) throw new Error(`${file}: id "${source.id}" does not match the file name`)
    pack.set(source.id, source)
  }
  if (dir === PACK_DIR) cache = pack
  return pack
}
