/**
 * The "What changed" feeds (issue 10): Atom and JSON Feed 1.1 of the pages' dated change lines, one
 * pair per locale (every topic page) and one per topic page, so an NGO can follow the pages it embeds.
 * Each entry is one change of one page: its id and link are the line's anchor on the page, its date
 * the change's date, and it carries the page's current content version (lib/content/version.ts), the
 * same one the embed shows. Written post-build from Contentlayer's output (lib/build/data-files.ts).
 */
import { Feed, type Item } from 'feed'
import { fill, messages } from '../i18n'
import { SITE_NAME, SITE_URL, LICENCE } from '../site'
import { absoluteUrl, changeId, homeUrl, localeFeedUrl, pageFeedUrls, type FeedFormat } from '../routes'

export interface FeedPage {
  locale: string
  slug: string
  /** Site path of the page (/topics/<slug>/). */
  url: string
  title: string
  changes: readonly { date: string; summary: string }[]
  /** The page's content version now (lib/content/version.ts). */
  version: string
}

export interface FeedFile {
  /** URL path under out/ (lib/routes.ts). */
  path: string
  body: string
}

/** The JSON Feed version we publish; the `feed` package writes 1.0, which `toJsonFeed11` upgrades. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`)

/** One entry per change line; newest first, then by page title. */
function entries(pages: readonly FeedPage[], base: string): Item[] {
  return pages
    .flatMap((page) => page.changes.map((change) => ({ page, change })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.page.title.localeCompare(b.page.title))
    .map(({ page, change }) => {
      const link = `${absoluteUrl(page.url, base)}#${changeId(change.date)}`
      const version = fill(messages(page.locale).changes.entryVersion, { version: page.version })
      return {
        id: link,
        link,
        title: page.title,
        date: dayOf(change.date),
        published: dayOf(change.date),
        description: escapeHtml(change.summary),
        content: `<p>${escapeHtml(change.summary)}</p><p>${escapeHtml(version)}</p>`,
        // JSON Feed extension (keys starting with "_"): the version as data, for NGOs' scripts.
        extensions: [{ name: '_plainly', objects: { content_version: page.version, change_date: change.date } }],
      }
    })
}

interface FeedSpec {
  locale: string
  id: string
  title: string
  /** The page the feed is about (alternate link). */
  home: string
  /** The site's home page in this locale: the feed's author. */
  siteHome: string
  links: Record<FeedFormat, string>
  items: Item[]
}

function makeFeed(spec: FeedSpec): Feed {
  const m = messages(spec.locale).changes
  const feed = new Feed({
    id: spec.id,
    title: spec.title,
    description: fill(m.feedDescription, { site: SITE_NAME }),
    link: spec.home,
    language: spec.locale,
    // Atom requires updated: the newest change in the feed.
    updated: spec.items[0]?.date ?? new Date(0),
    feedLinks: { atom: spec.links.atom, json: spec.links.json },
    author: { name: SITE_NAME, link: spec.siteHome },
    copyright: LICENCE.name,
    generator: false,
  })
  for (const item of spec.items) feed.addItem(item)
  return feed
}

/** Atom 1.0 (RFC 4287), with the feed's language as xml:lang (the package leaves it out). */
const toAtom = (feed: Feed, locale: string) =>
  feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    )

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from the package's 1.0 output: the 1.1
 * version URL, `language`, and `authors` in place of the deprecated `author`.
 */
export function toJsonFeed11(feed: Feed, locale: string): string {
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] }
  const { author, items, ...rest } = json
  // Atom's summary is HTML; JSON Feed's is plain text.
  const plain = items.map((i) => (typeof i.summary === 'string' ? { ...i, summary: unescapeHtml(i.summary) } : i))
  const feed11 = {
    ...rest,
    version: JSON_FEED_VERSION,
    language: locale,
    authors: author ? [author] : [],
    items: plain,
  }
  return `${JSON.stringify(feed11, null, 2)}\n`
}

const files = (spec: FeedSpec, paths: Record<FeedFormat, string>): FeedFile[] => {
  const feed = makeFeed(spec)
  return [
    { path: paths.atom, body: toAtom(feed, spec.locale) },
    { path: paths.json, body: toJsonFeed11(feed, spec.locale) },
  ]
}

/** Every feed file for these pages: each locale's pair, and each page's. `base` is the site address. */
export function changeFeeds(pages: readonly FeedPage[], base: string = SITE_URL): FeedFile[] {
  const out: FeedFile[] = []
  const locales = [...new Set(pages.map((p) => p.locale))].sort()
  for (const locale of locales) {
    const mine = pages.filter((p) => p.locale === locale)
    const paths = { atom: localeFeedUrl(locale, 'atom'), json: localeFeedUrl(locale, 'json') }
    const home = absoluteUrl(homeUrl(locale), base)
    out.push(
      ...files(
        {
          locale,
          id: absoluteUrl(paths.atom, base),
          title: fill(messages(locale).changes.localeFeedTitle, { site: SITE_NAME }),
          home,
          siteHome: home,
          links: { atom: absoluteUrl(paths.atom, base), json: absoluteUrl(paths.json, base) },
          items: entries(mine, base),
        },
        paths,
      ),
    )
    for (const page of mine) {
      const pagePaths = pageFeedUrls(locale, page.slug)
      out.push(
        ...files(
          {
            locale,
            id: absoluteUrl(pagePaths.atom, base),
            title: fill(messages(locale).changes.feedTitle, { title: page.title, site: SITE_NAME }),
            home: absoluteUrl(page.url, base),
            siteHome: home,
            links: { atom: absoluteUrl(pagePaths.atom, base), json: absoluteUrl(pagePaths.json, base) },
            items: entries([page], base),
          },
          pagePaths,
        ),
      )
    }
  }
  return out
}
