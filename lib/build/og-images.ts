/**
 * Link-preview images: one 1200×630 PNG per topic page, drawn at build time (no image service
 * at runtime) to the address lib/routes.ts gives (ogImageUrl), which pageMetadata puts in
 * og:image. A card that cannot be drawn fails the build, naming the page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { cardColours } from '../og/colours'
import { cardPng } from '../og/card-png'
import { fontsFor } from '../og/fonts'
import { ogImageUrl } from '../routes'
import { SITE_NAME } from '../site'

export interface OgPage {
  locale: string
  slug: string
  title: string
}

export interface OgReport {
  images: number
  ms: number
}

export function writeOgImages(outDir: string, root: string, pages: readonly OgPage[]): OgReport {
  const colours = cardColours(root)
  // resvg draws a box for a glyph no loaded font has, and cannot tell us; so say when a language
  // falls back to whatever the system has (a host image without CJK fonts would ship boxes).
  for (const locale of new Set(pages.map((p) => p.locale))) {
    const fonts = fontsFor(locale)
    if (!fonts.files.length)
      console.warn(
        `og-images: ${fonts.wanted} not found in the font folders of lib/og/fonts.ts; drawing ${locale} cards with the system fonts (slower; where they lack the script, titles show boxes: on Debian, install fonts-dejavu-core and fonts-noto-cjk)`,
      )
  }
  const start = performance.now()
  for (const page of pages) {
    const file = path.join(outDir, ogImageUrl(page.locale, page.slug))
    let png: Buffer
    try {
      png = cardPng({ siteName: SITE_NAME, title: page.title, lang: page.locale }, colours)
    } catch (e) {
      throw new Error(
        `link-preview image for ${page.locale}/${page.slug} ("${page.title}") could not be drawn: ${(e as Error).message}. ` +
          'The card is drawn by @resvg/resvg-js (lib/og/); check that it installed (npm ci) and that the fonts in lib/og/fonts.ts exist.',
      )
    }
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, png)
  }
  return { images: pages.length, ms: Math.round(performance.now() - start) }
}
