/**
 * `npm run pack:update`: replaces vendor/source-pack/ with ../shared/sources (the team's source
 * pack), so a clean clone and CI check against the same copy. Run `npm run sources:sync` after it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PACK_DIR } from '../lib/source-pack/load'

const from = path.resolve(process.cwd(), '..', 'shared', 'sources')
if (!fs.existsSync(from)) {
  console.error(`pack:update: ${from} does not exist; nothing to copy`)
  process.exit(1)
}
fs.rmSync(PACK_DIR, { recursive: true, force: true })
fs.cpSync(from, PACK_DIR, { recursive: true })
console.log(
  `pack:update: copied ${fs.readdirSync(PACK_DIR).filter((f) => f.endsWith('.md')).length} files from ${from}`,
)
