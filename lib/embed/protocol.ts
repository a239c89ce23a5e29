/**
 * The embed contract (v1). `v1` is the markup and message protocol, not the content version:
 * content is always current. Breaking changes go to /embed/v2/; v1 stays (docs/embedding.md).
 */

/** Message `type` our child and parent scripts exchange with postMessage. */
export const MESSAGE_TYPE = 'plainly-embed'
export const PROTOCOL_VERSION = 1

/**
 * Heights the parent script accepts, in CSS pixels. The longest page, get-help, is about 82,000 px
 * tall in a 304 px frame (a 320 px phone); 150,000 leaves room for larger text. The cap only stops a
 * runaway or hostile document from stretching the host page without end: a page taller than the
 * frame it got keeps its own scrollbar (the child hides it only on a confirmed height that fits).
 */
export const HEIGHT_LIMITS = { min: 150, max: 150000 } as const

/**
 * Theming options an embedder may set in the iframe's query string. Anything else is ignored,
 * and so is any value that is not whole and valid: every value must match its `pattern` (the
 * whole string) and, for numbers, lie within min–max. So `hl=1.5`, `hl=2e0` or `fs= 1` are
 * ignored, never half-applied (`<h1.5>`). `parseEmbedOption` below is the rule; the child
 * script (lib/embed/child-script.js) applies the same data the same way, and
 * tests/unit/embed-protocol.test.ts runs both on the same values.
 */
export const EMBED_OPTIONS = {
  theme: {
    values: ['light', 'dark', 'auto'],
    default: 'light',
    help: 'Colours: light, dark, or auto (follows the reader’s setting).',
  },
  accent: {
    pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
    default: '',
    help: 'Link and heading colour as #rgb or #rrggbb. Ignored if it would be hard to read (contrast below 4.5:1).',
  },
  // `choices`: the sizes the partner page offers (components/embed/embed-builder.tsx); any value within the limits works.
  fs: {
    pattern: '^[0-9](?:\\.[0-9]{1,3})?$',
    min: 0.875,
    max: 1.5,
    default: 1,
    choices: [0.875, 1, 1.125, 1.25, 1.5],
    help: 'Text size, from 0.875 to 1.5 times normal, to match your site.',
  },
  hl: {
    pattern: '^[1-3]$',
    min: 1,
    max: 3,
    default: 2,
    help: 'Heading level the embed starts at (1, 2 or 3), so your page’s outline stays in order.',
  },
  compact: { values: ['1'], default: '', help: 'compact=1 hides the summary. Citations and attribution always stay.' },
} as const

export type EmbedOption = keyof typeof EMBED_OPTIONS
type Spec = { values?: readonly string[]; pattern?: string; min?: number; max?: number; default: string | number }

/**
 * The value of option `name` given its raw query-string value, or `undefined` when it is absent
 * or not a whole valid value (then the embed keeps its default). Numbers come back as numbers.
 */
export function parseEmbedOption(name: EmbedOption, raw: string | null): string | number | undefined {
  const spec: Spec = EMBED_OPTIONS[name]
  if (raw === null) return undefined
  if (spec.values) return spec.values.includes(raw) ? raw : undefined
  if (spec.pattern && !new RegExp(spec.pattern).test(raw)) return undefined
  if (spec.min === undefined || spec.max === undefined) return raw
  const n = Number(raw)
  return n >= spec.min && n <= spec.max ? n : undefined
}

/** Minimum contrast for an accent colour (WCAG 1.4.3, normal text). */
export const MIN_ACCENT_CONTRAST = 4.5

/**
 * Data the inline child script needs, passed as JSON so the limits are written once (here).
 * It is the same on every embed page, so one CSP hash covers them all; per-page values (slug,
 * content version, canonical URL) are data attributes on <html>.
 */
export const CHILD_CONFIG = {
  type: MESSAGE_TYPE,
  v: PROTOCOL_VERSION,
  options: EMBED_OPTIONS,
  minContrast: MIN_ACCENT_CONTRAST,
  /** WordPress's wp-embed.js clamps an embed's height to 200–1000 px, so the WordPress card must fit 1000 px. */
  wordpressMaxHeight: 1000,
} as const
