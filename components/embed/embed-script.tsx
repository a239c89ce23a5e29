import fs from 'node:fs'
import path from 'node:path'
import { CHILD_CONFIG } from '@/lib/embed/protocol'

// Read once at build time; comments are dropped to keep each embed page small.
const SOURCE = fs
  .readFileSync(path.join(process.cwd(), 'lib', 'embed', 'child-script.js'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
  .replace(/\n\s*\n/g, '\n')
  .trim()

/**
 * The embed's one inline script (theming and auto-height, lib/embed/child-script.js). It is
 * marked data-keep so the post-build step keeps it, and its hash goes into the embed CSP.
 */
const CODE = `var CONFIG=${JSON.stringify(CHILD_CONFIG)};\n${SOURCE}`

export function EmbedScript() {
  const code = CODE
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: code }} />
}
