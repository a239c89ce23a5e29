import fs from 'node:fs'
import path from 'node:path'

// Inlined: an embed makes no request for styles, and nothing from the host page reaches in.
// The colour tokens shared with the site, the embed's own base styles, then the content components' styles it shares with the site.
const CSS = ['tokens.css', 'embed.css', 'content.css']
  .map((f) => fs.readFileSync(path.join(process.cwd(), 'styles', f), 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')

/** The embed stylesheet as one inline <style>; its hash goes into the embed CSP (lib/headers). */
export function EmbedStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />
}
