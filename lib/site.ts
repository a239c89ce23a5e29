/** Site-wide constants, in one place. */

export const SITE_NAME = 'Plainly'

/**
 * Absolute origin for canonical links, Open Graph and embed snippets. The project has no public
 * domain yet, so this defaults to the local server of `npm start`; a deploy sets PLAINLY_SITE_URL.
 */
export const SITE_URL = (process.env.PLAINLY_SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')

/** Licence of all text (content/site/en/about.mdx, "Licence"). */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const
