/**
 * The post-build step, as a function (scripts/postbuild.ts is its command line): makes out/ a
 * plain static site and returns what it did.
 *
 * 1. Every page: remove the framework runtime (strip-framework.ts), inline the site CSS
 *    (inline-css.ts), then audit the final HTML (audit.ts): only our own code stays, and its
 *    hashes go to the CSP of the page's route kind (lib/routes.ts, lib/headers/policy.ts).
 * 2. Delete the router's payload files and any JavaScript or CSS no page still loads.
 * 3. Write the data files (oEmbed, open data), the link-preview images (og-images.ts) and the host
 *    configuration (_headers, vercel.json).
 *
 * Problems (code we do not ship, a file no route kind covers, …) are returned in the report; the
 * command line fails the build on them. Hashes only ever come from our own code, so even then the
 * CSP written never allows anything else.
 */
import fs from 'node:fs'
import path from 'node:path'
import { urlPathOf, walkFiles } from '../fs-walk'
import { formatHeadersFile } from '../headers/headers-file'
import { cspOf, routeClasses, toHeaderRules, toVercelConfig, type InlineHashes } from '../headers/policy'
import { applyEdits, parseHtml } from '../html/document'
import { routeKind, type RouteKind } from '../routes'
import { auditPage } from './audit'
import { readGenerated, writeDataFiles, type GeneratedContent } from './data-files'
import { writeFeedFiles } from './feed-files'
import { writeOgImages, type OgReport } from './og-images'
import { asInlineCss, inlineCssEdits, isBuiltCss } from './inline-css'
import { ownCode } from './own-code'
import { writeOfflineWorker, type OfflineReport } from './offline-worker'
import { writeSearchIndex, type SearchIndexReport } from './search-index'
import { writeCrawlerFiles } from './sitemap'
import { frameworkEdits, isRouterPayload } from './strip-framework'

export interface PostbuildOptions {
  /** The project root: where lib/embed and styles/ are read from. Default: the working directory. */
  root?: string
  /** Content for the data files; `null` writes none (unit tests). Default: Contentlayer's output under root. */
  data?: GeneratedContent | null
}

export interface PostbuildReport {
  pages: number
  removedScripts: number
  payloads: number
  deadFiles: number
  dataPages: number
  /** Link-preview images drawn, and how long they took (lib/build/og-images.ts). */
  ogImages?: OgReport
  /** The on-device search index (lib/build/search-index.ts). */
  search?: SearchIndexReport
  /** The service worker that keeps the emergency pages offline (lib/build/offline-worker.ts). */
  offline?: OfflineReport
  /** "What changed" feed files, Atom and JSON, per locale and per topic page (lib/build/feed-files.ts). */
  feeds?: number
  routeClasses: number
  hashes: InlineHashes
  /** "file: what is wrong"; empty when the build may ship. */
  problems: string[]
  /** True when a page carries code we do not ship (lib/build/audit.ts). */
  foreignCode: boolean
}

const HOST_CONFIG = ['/_headers', '/vercel.json']
const addUnique = (list: string[], items: string[]) => items.forEach((x) => list.includes(x) || list.push(x))

export function postbuild(outDir: string, opts: PostbuildOptions = {}): PostbuildReport {
  const root = opts.root ?? process.cwd()
  if (!fs.existsSync(outDir)) throw new Error(`postbuild: ${outDir} does not exist; run next build first`)
  const urlOf = (file: string) => urlPathOf(outDir, file)
  const files = walkFiles(outDir)
  const report: PostbuildReport = {
    pages: 0,
    removedScripts: 0,
    payloads: 0,
    deadFiles: 0,
    dataPages: 0,
    routeClasses: 0,
    hashes: { siteScripts: [], siteStyles: [], embedScripts: [], embedStyles: [] },
    problems: [],
    foreignCode: false,
  }

  // The site CSS, read once: what we inline, and so the only site styles the audit accepts.
  const css = new Map(
    files
      .map(urlOf)
      .filter(isBuiltCss)
      .map((u) => [u, asInlineCss(fs.readFileSync(path.join(outDir, u), 'utf8'))]),
  )
  const own = ownCode(root, [...css.values()])
  const shipped: string[] = []

  for (const file of files) {
    const url = urlOf(file)
    if (url.endsWith('.html')) {
      const kind = routeKind(url).kind
      const raw = parseHtml(fs.readFileSync(file, 'utf8'))
      const strip = frameworkEdits(raw)
      const inline = inlineCssEdits(raw, (href) => css.get(href) ?? '')
      const html = applyEdits(raw.html, [...strip.edits, ...inline.edits])
      fs.writeFileSync(file, html)
      shipped.push(html)
      report.pages++
      report.removedScripts += strip.removedScripts
      const audit = auditPage(parseHtml(html), kind, own)
      const csp = cspOf(kind)
      addUnique(csp === 'embed' ? report.hashes.embedScripts : report.hashes.siteScripts, audit.scripts)
      addUnique(csp === 'embed' ? report.hashes.embedStyles : report.hashes.siteStyles, audit.styles)
      const from = audit.problems.length ? sourceOf(root, url, kind) : ''
      report.problems.push(...audit.problems.map((p) => `out${url}: ${p}${from}`))
      report.foreignCode ||= audit.problems.length > 0
    } else if (isRouterPayload(url)) {
      fs.rmSync(file)
      report.payloads++
    }
  }

  // JavaScript and CSS that no page references any more (CSS is now inlined) are dead weight on the host.
  const referenced = shipped.join('\n')
  for (const file of walkFiles(path.join(outDir, '_next', 'static'))) {
    if (/\.(js|css)$/.test(file) && !referenced.includes(urlOf(file))) {
      fs.rmSync(file)
      report.deadFiles++
    }
  }

  // Data files before the headers, so their routes are known.
  const data = opts.data === undefined ? readGenerated(root) : opts.data
  if (data) report.dataPages = writeDataFiles(outDir, data)
  if (data) report.feeds = writeFeedFiles(outDir, data)
  if (data) report.ogImages = writeOgImages(outDir, root, data.pages)
  // The search index of the pages as readers get them (after the framework code is gone).
  if (data) report.search = writeSearchIndex(outDir, root)
  // After every page is final: the worker's version is a hash of the pages it keeps.
  if (data) report.offline = writeOfflineWorker(outDir, root, data.pages)
  writeCrawlerFiles(outDir, walkFiles(outDir).map(urlOf), data?.pages)

  // Every file must be a route kind lib/routes.ts knows, or it would ship without headers.
  const built = walkFiles(outDir)
    .map(urlOf)
    .filter((u) => !HOST_CONFIG.includes(u))
  for (const url of built)
    if (routeKind(url).kind === 'unknown')
      report.problems.push(
        `out${url}: no route kind in lib/routes.ts matches this file, so it would get no headers; add its route there`,
      )

  const classes = routeClasses(report.hashes, built)
  report.routeClasses = classes.length
  fs.writeFileSync(
    path.join(outDir, '_headers'),
    formatHeadersFile(
      toHeaderRules(classes),
      'Generated by scripts/postbuild.ts from lib/routes.ts and lib/headers/policy.ts. Do not edit.',
    ),
  )
  fs.writeFileSync(path.join(outDir, 'vercel.json'), `${JSON.stringify(toVercelConfig(classes), null, 2)}\n`)
  return report
}

/** The content file a page is built from, if there is one, so a writer knows where to look. */
function sourceOf(root: string, url: string, kind: RouteKind): string {
  const { locale } = routeKind(url)
  const slug = url.split('/').at(-2) ?? ''
  const folder =
    kind === 'topic' || kind === 'embed' || kind === 'review' ? 'pages' : kind === 'site-page' ? 'site' : undefined
  const file = folder && path.join('content', folder, locale, `${slug}.mdx`)
  return file && fs.existsSync(path.join(root, file)) ? ` (page built from ${file})` : ''
}

export function formatReport(r: PostbuildReport): string {
  const h = r.hashes
  const og = r.ogImages ? `; drew ${r.ogImages.images} link-preview images in ${r.ogImages.ms} ms` : ''
  const s = r.search
  const search = s
    ? `; indexed ${s.pages} pages for search (${s.languages.join(', ')}: ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KB)`
    : ''
  const o = r.offline
  const offline = o
    ? `; kept ${Object.values(o.pages).flat().length} emergency pages offline (sw.js ${o.workerBytes} bytes, version ${o.version})`
    : ''
  const feeds = r.feeds ? `; wrote ${r.feeds} "What changed" feed files` : ''
  return `postbuild: ${r.pages} pages; wrote oEmbed and open data for ${r.dataPages} pages${feeds}${og}${search}${offline}; removed ${r.removedScripts} framework scripts and preloads, ${r.payloads} router payload files, ${r.deadFiles} unused JavaScript and CSS files; wrote _headers and vercel.json (${r.routeClasses} route kinds; inline hashes: site ${h.siteScripts.length} script + ${h.siteStyles.length} style, embed ${h.embedScripts.length} script + ${h.embedStyles.length} style)`
}
