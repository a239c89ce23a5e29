/**
 * The site's absolute address (canonical links, Open Graph, oEmbed, JSON-LD, embed snippets, data
 * files), decided in one place so a deploy cannot silently ship links to localhost (issue 11).
 *
 * Order: PLAINLY_SITE_URL; else the static host's own build variable (Netlify, Vercel, Cloudflare
 * Pages); else, in a hosted or CI build, an error that says what to set; else (a local
 * `npm install && npm start`) the local server.
 */

export type Env = Readonly<Record<string, string | undefined>>

export const LOCAL_SITE_URL = 'http://localhost:3000'

/** What `npm run build` prints and throws when a hosted build has no address. */
export const MISSING_SITE_URL =
  'No site address for this build. Canonical links, og:url, oEmbed, JSON-LD and embed snippets need the ' +
  'public https address of the site, and this is a CI or hosted build, so the local fallback ' +
  `(${LOCAL_SITE_URL}) would ship links to localhost. Set PLAINLY_SITE_URL to the address the site is ` +
  'served from (e.g. PLAINLY_SITE_URL=https://plainly.example.org npm run build), or build on Netlify, ' +
  'Vercel or Cloudflare Pages, whose own variables are read (README, "Deploy").'

/** A static host's marker and the variable holding the address it serves the site from. */
interface Host {
  name: string
  marker: (env: Env) => boolean
  address: (env: Env) => string | undefined
}

// Names from the hosts' docs: Netlify "Build environment variables" (URL: the site's main address),
// Vercel "System environment variables" (VERCEL_PROJECT_PRODUCTION_URL: the production domain,
// without scheme, set even in previews), Cloudflare Pages "Build configuration" (CF_PAGES_URL:
// the address of this deployment).
export const HOSTS: readonly Host[] = [
  { name: 'Netlify', marker: (e) => e.NETLIFY === 'true', address: (e) => e.URL },
  {
    name: 'Vercel',
    marker: (e) => e.VERCEL === '1',
    address: (e) => e.VERCEL_PROJECT_PRODUCTION_URL && `https://${e.VERCEL_PROJECT_PRODUCTION_URL}`,
  },
  { name: 'Cloudflare Pages', marker: (e) => e.CF_PAGES === '1', address: (e) => e.CF_PAGES_URL },
]

const LOCAL_HOSTS = ['localhost', '127.0.0.1']

/**
 * True when this process is a build that ships: `npm run build` (npm names the running script in
 * npm_lifecycle_event for every process under it), or Next's own build. Checks and tests also run
 * under CI=1 without an address; they ship nothing, so they may use the local address.
 */
export const isBuild = (env: Env) => env.npm_lifecycle_event === 'build' || env.NEXT_PHASE === 'phase-production-build'

/** True when a CI service or a static host runs the build (not a person's own machine). */
export const isHosted = (env: Env) => Boolean(env.CI) || HOSTS.some((h) => h.marker(env))

/** The address, without a trailing slash; throws an Error that says what to set. */
export function siteUrl(env: Env = process.env): string {
  const explicit = env.PLAINLY_SITE_URL?.trim()
  if (explicit) return checked(explicit, 'PLAINLY_SITE_URL')
  for (const host of HOSTS) {
    const address = host.marker(env) ? host.address(env)?.trim() : undefined
    if (address) return checked(address, `${host.name}'s build variable`)
  }
  if (isHosted(env) && isBuild(env)) throw new Error(MISSING_SITE_URL)
  return LOCAL_SITE_URL
}

/** An absolute http(s) origin-like address; https unless it is this machine. */
function checked(value: string, from: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${from} is "${value}", which is not an absolute URL; give one like https://plainly.example.org`)
  }
  const local = LOCAL_HOSTS.includes(url.hostname)
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw new Error(
      `${from} is "${value}": a public site address must use https (http is allowed only for localhost and 127.0.0.1), so embeds and link previews are not blocked as mixed content`,
    )
  if (url.search || url.hash) throw new Error(`${from} is "${value}": give the address without a query or #fragment`)
  return `${url.origin}${url.pathname}`.replace(/\/$/, '')
}
