/**
 * Which translated locales have content, read from the folders (content/pages/<locale>/*.mdx).
 * next.config.ts needs this before Contentlayer has run, to decide whether the translated routes
 * (app/(site-intl), files *.intl.tsx) are built at all; lib/content/pages.ts answers the same
 * question from Contentlayer's data once it exists (tests/unit/i18n.test.ts keeps them equal).
 */
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/taxonomy'

export function translatedLocalesOnDisk(contentDir = path.join(process.cwd(), 'content')): Locale[] {
  const has = (l: string) => {
    const dir = path.join(contentDir, 'pages', l)
    return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.mdx'))
  }
  return LOCALES.filter((l) => l !== DEFAULT_LOCALE && has(l))
}

/** File endings Next treats as routes: the translated routes' `.intl.tsx` only when they have pages. */
export function pageExtensions(translated: readonly string[]): string[] {
  const base = ['tsx', 'ts', 'jsx', 'js']
  return translated.length > 0 ? [...base, 'intl.tsx'] : base
}
