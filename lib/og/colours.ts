/**
 * The card's colours, read from the site's design tokens (styles/tokens.css) rather than repeated
 * here, so a theme change reaches the link previews too. The light theme: previews are shown on
 * the sharing app's own background, which we cannot know.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CardColours } from './card-svg'

const TOKENS = 'styles/tokens.css'

export function cardColours(root: string): CardColours {
  const css = fs.readFileSync(path.join(root, TOKENS), 'utf8')
  const token = (name: string) => {
    const m = new RegExp(`(?<![\\w-])--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css)
    if (!m) throw new Error(`${TOKENS}: no colour --${name}, which the link-preview cards use (lib/og/colours.ts)`)
    return m[1]!
  }
  // The band is the link colour with the page colour on it: white on --link-light is 7:1 (AAA).
  return { bg: token('bg-light'), fg: token('fg-light'), band: token('link-light'), bandText: token('bg-light') }
}
