/**
 * Maps a canonical request path (lib/server/request-path.ts) to a file inside the served folder.
 * The check is made on the real path (every symlink resolved), with a path-separator boundary, so
 * neither `../`, a sibling folder sharing the prefix (out-private next to out) nor a symlink
 * leads outside the folder.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

export type Resolved =
  | { kind: 'file'; file: string; size: number }
  /** A directory asked for without its trailing slash: answer with /x/ (as static hosts do). */
  | { kind: 'add-slash' }
  | { kind: 'missing' }

/** Host configuration at the top of the folder: hosts read these and never serve them. */
export const HOST_CONFIG_FILES = ['_headers', '_redirects', 'vercel.json'] as const

/** True if `target` is `root` or lies below it. Both must be real, absolute paths. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

async function realInside(
  root: string,
  target: string,
): Promise<{ real: string; stat: import('node:fs').Stats } | undefined> {
  try {
    const real = await fs.realpath(target)
    if (!isInside(root, real)) return undefined
    const rel = path.relative(root, real)
    if ((HOST_CONFIG_FILES as readonly string[]).includes(rel)) return undefined
    return { real, stat: await fs.stat(real) }
  } catch {
    return undefined // missing, unreadable, a loop of links, a name the file system refuses
  }
}

export async function resolveFile(root: string, segments: string[], trailingSlash: boolean): Promise<Resolved> {
  let realRoot: string
  try {
    realRoot = await fs.realpath(root)
  } catch {
    return { kind: 'missing' } // the folder is being rebuilt
  }
  const found = await realInside(realRoot, path.join(realRoot, ...segments))
  if (!found) return { kind: 'missing' }
  if (found.stat.isDirectory()) {
    const index = await realInside(realRoot, path.join(found.real, 'index.html'))
    if (!index?.stat.isFile()) return { kind: 'missing' }
    return trailingSlash ? { kind: 'file', file: index.real, size: index.stat.size } : { kind: 'add-slash' }
  }
  // "/page.html/" names a directory that is not there.
  if (!found.stat.isFile() || trailingSlash) return { kind: 'missing' }
  return { kind: 'file', file: found.real, size: found.stat.size }
}
