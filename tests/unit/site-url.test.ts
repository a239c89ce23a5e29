import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { LOCAL_SITE_URL, MISSING_SITE_URL, siteUrl } from '../../lib/site-url'

/** `npm run build` as npm runs it: npm names the running script in npm_lifecycle_event. */
const BUILD = { npm_lifecycle_event: 'build' }

describe('siteUrl: where the site address comes from', () => {
  it('uses PLAINLY_SITE_URL first, without a trailing slash, even on a host', () => {
    assert.equal(siteUrl({ PLAINLY_SITE_URL: 'https://plainly.example.org/' }), 'https://plainly.example.org')
    assert.equal(
      siteUrl({ ...BUILD, PLAINLY_SITE_URL: 'https://a.example/', NETLIFY: 'true', URL: 'https://b.netlify.app' }),
      'https://a.example',
    )
  })

  it('keeps a path prefix when the site lives under one', () => {
    assert.equal(siteUrl({ PLAINLY_SITE_URL: 'https://ngo.example/plainly/' }), 'https://ngo.example/plainly')
  })

  it("reads Netlify's URL only when NETLIFY=true", () => {
    assert.equal(
      siteUrl({ ...BUILD, NETLIFY: 'true', URL: 'https://plainly.netlify.app' }),
      'https://plainly.netlify.app',
    )
    assert.equal(siteUrl({ URL: 'https://elsewhere.example' }), LOCAL_SITE_URL)
  })

  it("reads Vercel's production host when VERCEL=1 and adds https://", () => {
    assert.equal(
      siteUrl({ ...BUILD, CI: '1', VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'plainly.vercel.app' }),
      'https://plainly.vercel.app',
    )
  })

  it("reads Cloudflare Pages' CF_PAGES_URL when CF_PAGES=1", () => {
    assert.equal(
      siteUrl({ ...BUILD, CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.plainly.pages.dev' }),
      'https://abc123.plainly.pages.dev',
    )
  })

  it('refuses a hosted or CI build with no address, saying what to set', () => {
    for (const env of [{ CI: '1' }, { CI: 'true' }, { NETLIFY: 'true' }, { VERCEL: '1' }, { CF_PAGES: '1' }])
      assert.throws(() => siteUrl({ ...BUILD, ...env }), { message: MISSING_SITE_URL }, JSON.stringify(env))
    assert.match(MISSING_SITE_URL, /PLAINLY_SITE_URL=https:\/\//)
  })

  it('refuses it inside next build too, not only under npm run build', () => {
    assert.throws(() => siteUrl({ CI: '1', NEXT_PHASE: 'phase-production-build' }), { message: MISSING_SITE_URL })
  })

  it('lets checks and tests that run under CI (not a build) use the local address', () => {
    assert.equal(siteUrl({ CI: '1', npm_lifecycle_event: 'test:unit' }), LOCAL_SITE_URL)
  })

  it("gives a local build (the README's npm start) the local server", () => {
    assert.equal(siteUrl({ ...BUILD }), LOCAL_SITE_URL)
    assert.equal(siteUrl({}), LOCAL_SITE_URL)
  })

  it('allows http only for this machine (build:test uses 127.0.0.1)', () => {
    assert.equal(siteUrl({ ...BUILD, CI: '1', PLAINLY_SITE_URL: 'http://127.0.0.1:4173' }), 'http://127.0.0.1:4173')
    assert.equal(siteUrl({ PLAINLY_SITE_URL: 'http://localhost:3000' }), 'http://localhost:3000')
    assert.throws(() => siteUrl({ PLAINLY_SITE_URL: 'http://plainly.example.org' }), /must use https/)
    assert.throws(() => siteUrl({ NETLIFY: 'true', URL: 'http://plainly.netlify.app' }), /Netlify.*must use https/)
    assert.throws(() => siteUrl({ PLAINLY_SITE_URL: 'ftp://localhost' }), /must use https/)
  })

  it('refuses what is not an absolute address', () => {
    assert.throws(() => siteUrl({ PLAINLY_SITE_URL: 'plainly.example.org' }), /not an absolute URL/)
    assert.throws(() => siteUrl({ PLAINLY_SITE_URL: 'https://a.example/?x=1' }), /without a query/)
  })
})

describe('npm run build: the address check comes first', () => {
  it('is the first step of the build script', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    assert.match(pkg.scripts.build ?? '', /^tsx scripts\/site-url\.ts && /)
  })

  it('the site-url step fails with the message and exit code 1 in a CI build without an address', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', npm_lifecycle_event: 'build' }
    delete env.PLAINLY_SITE_URL
    for (const k of ['NETLIFY', 'VERCEL', 'CF_PAGES']) delete env[k]
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/site-url.ts'], { env, encoding: 'utf8' })
    assert.equal(run.status, 1)
    assert.ok(run.stderr.includes(MISSING_SITE_URL), run.stderr)
  })
})
