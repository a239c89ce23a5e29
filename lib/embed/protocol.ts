/**
 * The embed contract (v1). `v1` is the markup and message protocol, not the content version:
 * content is always current. Breaking changes go to /embed/v2/; v1 stays (docs/embedding.md).
 */

/** Message `type` our child and parent scripts exchange with postMessage. */
export const MESSAGE_TYPE = 'plainly-embed'
export const PROTOCOL_VERSION = 1

/** Heights the parent script accepts, in CSS pixels. */
export const HEIGHT_LIMITS = { min: 150, max: 30000 } as const

/**
 * Theming options an embedder may set in the iframe's query string. Anything else is ignored,
 * and so is any value outside these limits (the child script validates; see lib/embed/child-script.js).
 */
export const EMBED_OPTIONS = {
  theme: { values: ['light', 'dark', 'auto'], default: 'light', help: 'Colours: light, dark, or auto (follows the reader’s setting).' },
  accent: { pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', default: '', help: 'Link and heading colour as #rgb or #rrggbb. Ignored if it would be hard to read (contrast below 4.5:1).' },
  // `choices`: the sizes the partner page offers (components/embed/embed-builder.tsx); any value within the limits works.
  fs: { min: 0.875, max: 1.5, default: 1, choices: [0.875, 1, 1.125, 1.25, 1.5], help: 'Text size, from 0.875 to 1.5 times normal, to match your site.' },
  hl: { min: 1, max: 3, default: 2, help: 'Heading level the embed starts at (1–3), so your page’s outline stays in order.' },
  compact: { values: ['1'], default: '', help: 'compact=1 hides the summary. Citations and attribution always stay.' },
} as const

/** Minimum contrast for an accent colour (WCAG 1.4.3, normal text). */
export const MIN_ACCENT_CONTRAST = 4.5

/**
 * Data the inline child script needs, passed as JSON so the limits are written once (here).
 * It is the same on every embed page, so one CSP hash covers them all; per-page values (slug,
 * content version, canonical URL) are data attributes on <html>.
 */
export const CHILD_CONFIG = { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, options: EMBED_OPTIONS, minContrast: MIN_ACCENT_CONTRAST } as const
