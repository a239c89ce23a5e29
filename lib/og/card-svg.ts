/**
 * The link-preview card of a page as SVG (1200×630, the size Open Graph consumers crop least):
 * a coloured band with the site name, and the page title in large type. Colours come from
 * styles/tokens.css so a theme change reaches the cards too.
 */
import { wrapTitle } from './wrap'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

export interface CardColours {
  bg: string
  fg: string
  band: string
  bandText: string
}

export interface Card {
  siteName: string
  title: string
  /** BCP 47 tag of the title, so the renderer picks glyphs of the right script variant (SC vs KR). */
  lang: string
  /** CSS font families, the title's script first (lib/og/fonts.ts). */
  families: readonly string[]
  colours: CardColours
}

const MARGIN = 80
const BAND = 120
const TITLE_PX = 64
const LINE_PX = 84
const MAX_LINES = 4

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

export function cardSvg({ siteName, title, lang, families, colours: c }: Card): string {
  const lines = wrapTitle(title, (OG_WIDTH - 2 * MARGIN) / TITLE_PX, MAX_LINES)
  const top = BAND + (OG_HEIGHT - BAND - lines.length * LINE_PX) / 2 + TITLE_PX * 0.8
  const font = escapeXml(families.map((f) => `'${f}'`).join(', '))
  const tspans = lines
    .map((l, i) => `<tspan x="${MARGIN}" y="${Math.round(top + i * LINE_PX)}">${escapeXml(l)}</tspan>`)
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" xml:lang="${escapeXml(lang)}">`,
    `<rect width="100%" height="100%" fill="${c.bg}"/>`,
    `<rect width="100%" height="${BAND}" fill="${c.band}"/>`,
    `<text x="${MARGIN}" y="${BAND / 2 + 16}" font-family="${font}" font-size="44" font-weight="bold" fill="${c.bandText}">${escapeXml(siteName)}</text>`,
    `<text font-family="${font}" font-size="${TITLE_PX}" font-weight="bold" fill="${c.fg}">${tspans}</text>`,
    `</svg>`,
  ].join('')
}
