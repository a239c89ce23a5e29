/**
 * The two origins the tests use. The site is built with PLAINLY_SITE_URL = SITE_ORIGIN
 * (npm run build:test), so its absolute links and embed snippets point at the test server.
 * HOST_ORIGIN plays an NGO's website: `localhost` and `127.0.0.1` are different sites to a browser.
 */
export const SITE_PORT = Number(process.env.PLAINLY_SITE_PORT ?? 4173)
export const HOST_PORT = Number(process.env.PLAINLY_HOST_PORT ?? 4174)
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`
