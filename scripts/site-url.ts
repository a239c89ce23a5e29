/**
 * First step of `npm run build`: decides the site address (lib/site-url.ts) and prints it, or
 * stops the build with the reason before any content check or Next runs, so a deploy that forgot
 * the address fails in its first line of output rather than deep inside `next build`.
 */
import { siteUrl } from '../lib/site-url'

try {
  console.log(`site address: ${siteUrl()}`)
} catch (e) {
  console.error(`✗ ${(e as Error).message}`)
  process.exit(1)
}
