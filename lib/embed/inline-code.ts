/**
 * The embed document's inline script and stylesheet, built once from source. The components
 * (components/embed/embed-script.tsx, embed-styles.tsx) render these strings, and the post-build
 * step keeps an inline script or style only if its bytes equal one of them (lib/build/own-code.ts),
 * so the CSP hashes only code that is in this repository.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CHILD_CONFIG } from './protocol'

const read = (root: string, ...parts: string[]) => fs.readFileSync(path.join(root, ...parts), 'utf8')

/** lib/embed/child-script.js with its config; comments are dropped to keep each embed page small. */
export function embedChildCode(root = process.cwd()): string {
  const source = read(root, 'lib', 'embed', 'child-script.js')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*\n/g, '\n')
    .trim()
  return `var CONFIG=${JSON.stringify(CHILD_CONFIG)};\n${source}`
}

/** The embed's own base styles, then the content components' styles it shares with the site. */
export function embedCss(root = process.cwd()): string {
  // The colour tokens shared with the site, the embed's own base styles, then the content components' styles.
  return ['tokens.css', 'embed.css', 'content.css']
    .map((f) => read(root, 'styles', f))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '')
}
