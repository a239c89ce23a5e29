/**
 * Finds broken links inside the built site: every same-site href and src in every page must
 * reach a file in out/, and every #fragment an element with that id. External links are not
 * fetched here (no network in CI); `npm run check:external` reports dead source URLs.
 */
import { idsOf, parseHtml, urlsOf } from '../html/document'

export interface SiteFiles {
  /** Every file under out/, as URL paths ("/topics/a/index.html", "/icon.svg" …). */
  files: Set<string>
  /** HTML of a page by its file path. */
  html(file: string): string
}

export interface BrokenLink {
  page: string
  href: string
  problem: string
}

/** The file a path resolves to on a static host: /x/ → /x/index.html. */
export function resolveFile(files: Set<string>, pathname: string): string | undefined {
  const clean = decodeURI(pathname)
  if (files.has(clean)) return clean
  if (clean.endsWith('/') && files.has(`${clean}index.html`)) return `${clean}index.html`
  if (!clean.endsWith('/') && files.has(`${clean}/index.html`)) return `${clean}/index.html`
  return undefined
}

const ids = new Map<string, Set<string>>()
function idsIn(site: SiteFiles, file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, idsOf(parseHtml(site.html(file))))
  return ids.get(file)!
}

/** `siteOrigin` marks absolute links that are really ours (canonical URLs, embed snippets). */
export function findBrokenLinks(site: SiteFiles, pages: string[], siteOrigin: string): BrokenLink[] {
  ids.clear()
  const broken: BrokenLink[] = []
  for (const page of pages) {
    const base = new URL(page.replace(/index\.html$/, ''), siteOrigin)
    for (const { url: raw } of urlsOf(parseHtml(site.html(page)))) {
      if (!raw || /^(tel|sms|mailto|data|javascript):/i.test(raw)) continue
      const url = new URL(raw, base)
      if (url.origin !== new URL(siteOrigin).origin) continue
      const file = resolveFile(site.files, url.pathname)
      if (!file) {
        broken.push({ page, href: raw, problem: 'no such file in out/' })
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && !fragment.startsWith(':~:') && file.endsWith('.html') && !idsIn(site, file).has(fragment)) {
        broken.push({ page, href: raw, problem: `no element with id "${fragment}" on ${file}` })
      }
    }
  }
  return broken
}
