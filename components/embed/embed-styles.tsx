import { embedCss } from '@/lib/embed/inline-code'

// Inlined: an embed makes no request for styles, and nothing from the host page reaches in.
const CSS = embedCss()

/** The embed stylesheet as one inline <style>; its hash goes into the embed CSP (lib/headers). */
export function EmbedStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />
}
