/**
 * The two lists in the source pack's README that the build obeys: "Do not publish" (numbers
 * that must never reach a reader) and "Law enforcement, not help" (services a page may name only
 * by saying plainly that they are police). They are read from the README at run time, so the
 * next change to the pack reaches the build by itself (issue 8). If the README's shape changes,
 * these parsers throw rather than silently drop a forbidden number.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PACK_DIR } from './load'

export interface DoNotPublishItem {
  /** What is not to be published, before its reason: "1393" or "Beijing's old 999 ambulance line". */
  what: string
  /** The README's reason, from the brackets. */
  why: string
}

export interface LawEnforcementEntry {
  /** The README's sentence about it, shown in messages. */
  text: string
  /** Pack source ids the entry names. */
  sources: string[]
  /** Names that identify the service in a resource: the words in non-Latin script ("麻薬取締部") and the English name in brackets. */
  names: string[]
}

const cache = new Map<string, string>()
export function readPackReadme(dir: string = PACK_DIR): string {
  if (!cache.has(dir)) cache.set(dir, fs.readFileSync(path.join(dir, 'README.md'), 'utf8').replace(/\r\n/g, '\n'))
  return cache.get(dir)!
}

/** The items of the "**Do not publish:**" list. */
export function doNotPublish(readme: string): DoNotPublishItem[] {
  const m = /^\*\*Do not publish:\*\*\s*\n((?:- .*\n?)+)/m.exec(readme)
  if (!m) throw new Error('vendor/source-pack/README.md: no "**Do not publish:**" list followed by "- " items')
  return m[1]!
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => {
      const item = /^- (.+?) \((.+)\)[;.]?\s*$/.exec(l)
      if (!item)
        throw new Error(
          `vendor/source-pack/README.md: cannot read do-not-publish item "${l}" (expected "- <number> (<reason>);")`,
        )
      return { what: item[1]!.trim(), why: item[2]!.trim() }
    })
}

/** The entries of the "**Law enforcement, not help:**" paragraph, one per sentence part. */
export function lawEnforcement(readme: string, knownSources: Iterable<string>): LawEnforcementEntry[] {
  const m = /^\*\*Law enforcement, not help:\*\*\s*(.+)$/m.exec(readme)
  if (!m) throw new Error('vendor/source-pack/README.md: no "**Law enforcement, not help:**" paragraph')
  const known = new Set(knownSources)
  // The last sentence ("A page may mention them only with that said plainly.") is the rule, not an entry.
  const entries = m[1]!.split(/;\s*|\.\s+(?=A page may)/).filter((part) => !/^A page may/.test(part))
  return entries.map((text) => {
    const bracketed = [...text.matchAll(/\(([^)]+)\)/g)].map((b) => b[1]!.trim())
    const sources = bracketed.flatMap((b) => b.split(/[,;\s]+/)).filter((w) => known.has(w))
    if (!sources.length)
      throw new Error(`vendor/source-pack/README.md: law-enforcement entry names no pack source: "${text}"`)
    const names = [
      ...(text.match(/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]+/gu) ?? []),
      ...bracketed.filter((b) => !known.has(b) && /^[a-z ]+$/i.test(b)),
    ]
    return { text: text.trim().replace(/\.$/, ''), sources, names }
  })
}
