/** Site-wide constants, in one place. */
import { siteUrl } from './site-url'

export const SITE_NAME = 'Plainly'

/**
 * Absolute address for canonical links, Open Graph and embed snippets (lib/site-url.ts decides it:
 * PLAINLY_SITE_URL, the static host's variable, or localhost for a local build; a hosted build
 * without one fails).
 */
export const SITE_URL = siteUrl()

/** Licence of all text (content/site/en/about.mdx, "Licence"). */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const
