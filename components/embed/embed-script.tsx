import { embedChildCode } from '@/lib/embed/inline-code'

// Read once at build time (lib/embed/inline-code.ts).
const CODE = embedChildCode()

/**
 * The embed's one inline script (theming and auto-height, lib/embed/child-script.js). The
 * post-build step keeps it because its bytes equal the source, and puts its hash in the embed CSP.
 */
export function EmbedScript() {
  return <script dangerouslySetInnerHTML={{ __html: CODE }} />
}
