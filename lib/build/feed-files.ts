/**
 * Writes the "What changed" feeds (lib/feeds/changes-feed.ts) into out/, post-build, from
 * Contentlayer's output like the other data files: each topic page's change lines with its current
 * content version, the one its embed shows.
 */
import fs from 'node:fs'
import path from 'node:path'
import { contentVersion } from '../content/version'
import { changeFeeds, type FeedPage } from '../feeds/changes-feed'
import type { GeneratedContent } from './data-files'

export function feedPages(data: Pick<GeneratedContent, 'pages' | 'urgent'>): FeedPage[] {
  return data.pages.map((page) => ({
    locale: page.locale,
    slug: page.slug,
    url: page.url,
    title: page.title,
    changes: page.changes,
    version: contentVersion(
      page,
      data.urgent.find((u) => u.locale === page.locale),
    ),
  }))
}

/** Returns the number of feed files written; two files at one path (a slug clash) fail the build. */
export function writeFeedFiles(out: string, data: Pick<GeneratedContent, 'pages' | 'urgent'>, base?: string): number {
  const written = new Set<string>()
  for (const f of changeFeeds(feedPages(data), base)) {
    if (written.has(f.path)) throw new Error(`feeds: two feeds would be written to ${f.path}`)
    written.add(f.path)
    const file = path.join(out, f.path)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, f.body)
  }
  return written.size
}
