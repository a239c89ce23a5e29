/**
 * SVG to PNG with resvg (Rust, prebuilt binaries, no browser): fast enough to draw a card for
 * every page during the build. It draws text with the font files it is given, or with the
 * machine's own fonts when given none (lib/og/fonts.ts).
 */
import { Resvg } from '@resvg/resvg-js'

export function renderPng(svg: string, fontFiles: readonly string[]): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: fontFiles.length === 0, fontFiles: [...fontFiles] },
  })
  return Buffer.from(resvg.render().asPng())
}
