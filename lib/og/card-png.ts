/** A page's link-preview card as PNG bytes: fonts for its language, the SVG, the render. */
import { cardSvg, type CardColours } from './card-svg'
import { fontsFor } from './fonts'
import { renderPng } from './render-png'

export interface CardText {
  siteName: string
  title: string
  lang: string
}

export function cardPng(text: CardText, colours: CardColours, fontDirs?: readonly string[]): Buffer {
  const fonts = fontsFor(text.lang, fontDirs)
  return renderPng(cardSvg({ ...text, families: fonts.families, colours }), fonts.files)
}
