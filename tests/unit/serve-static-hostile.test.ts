/**
 * The static server (scripts/serve-static.ts → lib/server/) against a few hundred hostile
 * requests, started as its own process on a random loopback port over a small out/-like folder
 * with a secret sibling folder and symlinks pointing out of it. Every reply must have the expected
 * status and its security headers, leak nothing, redirect only to a same-origin path, and the
 * server must still answer a normal request at the end (issue 12).
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { headersFor, parseHeadersFile } from '../../lib/headers/headers-file'
import { header, rawRequest, type RawResponse } from '../helpers/raw-http'

const SECRETS = ['TOP-SECRET-SIBLING', 'HEADERS-FILE-MARKER', 'VERCEL-FILE-MARKER', 'REDIRECTS-FILE-MARKER']
const COMMON = `  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Strict-Transport-Security: max-age=31536000; includeSubDomains`
const SITE = `  Content-Security-Policy: default-src 'none'; style-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY
${COMMON}`
const EMBED = `  Content-Security-Policy: default-src 'none'; style-src 'sha256-x'; frame-ancestors *
  X-Robots-Tag: noindex
${COMMON}`
// The shape lib/headers/policy.ts writes: explicit patterns per route class, no catch-all.
const HEADERS_FILE = `# HEADERS-FILE-MARKER
${['/', '/index.html', '/404.html', '/embed/', '/embed/index.html', '/topics/*', '/hdr'].map((p) => `${p}\n${SITE}`).join('\n')}
/embed/v1/:slug/
${EMBED}
/embed/v1/:slug/index.html
${EMBED}
/embed/v1/resize.js
  Content-Type: text/javascript; charset=utf-8
  Access-Control-Allow-Origin: *
${COMMON}
/_next/*
  Cache-Control: public, max-age=31536000, immutable
${COMMON}
`
const rules = parseHeadersFile(HEADERS_FILE)

function makeFixture(): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-serve-'))
  const files: Record<string, string> = {
    'out/index.html': 'HOME-PAGE',
    'out/404.html': 'NOT-FOUND-PAGE',
    'out/topics/meth-basics/index.html': 'TOPIC-PAGE',
    'out/topics/中/index.html': 'UNICODE-TOPIC',
    'out/embed/index.html': 'PARTNER-PAGE',
    'out/embed/v1/overamping/index.html': 'EMBED-PAGE',
    'out/embed/v1/resize.js': '/* resize */',
    'out/_next/static/a.css': 'body{}',
    'out/_headers': HEADERS_FILE,
    'out/vercel.json': '{"marker":"VERCEL-FILE-MARKER"}',
    'out/_redirects': '# REDIRECTS-FILE-MARKER',
    'out-private/secret.txt': 'TOP-SECRET-SIBLING',
    'out-private/index.html': 'TOP-SECRET-SIBLING index',
  }
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true })
    fs.writeFileSync(path.join(base, rel), text)
  }
  // Symlinks out of out/ (a directory and a file), and one inside it onto a host config file.
  fs.symlinkSync('../out-private', path.join(base, 'out/leak'))
  fs.symlinkSync('../out-private/secret.txt', path.join(base, 'out/leak.txt'))
  fs.symlinkSync('../../out-private', path.join(base, 'out/topics/leak'))
  fs.symlinkSync('_headers', path.join(base, 'out/hdr'))
  return base
}

interface Case {
  method?: string
  target: string
  status: number
  /** Canonical path whose _headers rules a 200 must carry. */
  served?: string
  body?: string
  location?: string
  extra?: string
}

const utf8Bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1')

function hostileCases(): Case[] {
  const cases: Case[] = [
    // Issue 12, verbatim.
    { target: '/topics/x%0d%0aSet-Cookie:%20a=1%2f..', status: 400 },
    { target: '/topics/%E4%B8%AD%2f..', status: 400 },
    { target: '/..%2fout-private/secret.txt', status: 400 },
    { target: '/%2ftopics/meth-basics/', status: 400 },
    { target: '/%2fevil.example%2f..%2ftopics', status: 400 },
    { target: '/%2f_headers', status: 400 },
    { target: '/%2fvercel.json', status: 400 },
  ]
  const bases = [
    '/topics/meth-basics/',
    '/embed/v1/overamping/',
    '/_headers',
    '/vercel.json',
    '/leak/secret.txt',
    '/index.html',
  ]
  for (const b of bases) {
    const rest = b.slice(1)
    const cut = b.indexOf('/', 1)
    for (const slash of ['%2f', '%2F', '%5c', '%5C']) {
      cases.push(
        { target: `/${slash}${rest}`, status: 400 },
        { target: `${b.slice(0, cut)}${slash}${b.slice(cut + 1)}`, status: 400 },
      )
    }
    for (const ctl of ['%00', '%01', '%09', '%0a', '%0d', '%0d%0a', '%1b', '%7f', '%c2%85']) {
      cases.push({ target: `${b}${ctl}`, status: 400 }, { target: `/x${ctl}${b}`, status: 400 })
    }
    for (const dots of ['..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%2e'])
      cases.push({ target: `/topics/${dots}/${rest}`, status: 400 })
    cases.push({ target: `/${b}`, status: 400 }, { target: `${b.slice(0, cut)}//${b.slice(cut + 1)}`, status: 400 })
    cases.push(
      { target: `${b.replace(/\//g, '\\')}`, status: 400 },
      { target: `/topics\\..\\..${b.replace(/\//g, '\\')}`, status: 400 },
    )
  }
  // Double encoding is decoded once: "%252f" is a name containing "%2f", which does not exist.
  for (const t of [
    '/%252e%252e/out-private/secret.txt',
    '/%252f_headers',
    '/topics%252fmeth-basics/',
    '/%255c..%255cout-private',
    '/%25%32%65%25%32%65/out-private/secret.txt',
  ])
    cases.push({ target: t, status: 404, body: 'NOT-FOUND-PAGE' })
  // Invalid percent-encoding and byte sequences that are not UTF-8.
  for (const t of [
    '/%',
    '/%2',
    '/%zz',
    '/topics/%%32%66',
    '/%e4%b8',
    '/%c0%af',
    '/%c0%ae%c0%ae/out-private',
    '/%ed%a0%80',
    '/%ff',
    '/%fe%ff',
  ])
    cases.push({ target: t, status: 400 })
  // Raw bytes a browser would have encoded, and targets that are not an origin-form path.
  for (const t of [
    utf8Bytes('/topics/中/'),
    '/topics/\xe4/',
    '/\\evil.example',
    '//evil.example/',
    '///evil.example',
    'http://evil.example/',
    'http://127.0.0.1/topics/meth-basics/',
    '*',
    'topics/meth-basics/',
    '/topics/meth-basics/#x',
  ])
    cases.push({ target: t, status: 400 })
  // Lengths: our limit (414), then Node's own header limit (431), both with headers.
  cases.push(
    { target: `/${'a'.repeat(3000)}`, status: 414 },
    { target: `/topics/${'a/'.repeat(1500)}`, status: 414 },
    { target: `/${'a'.repeat(20000)}`, status: 431 },
  )
  cases.push({ target: `/${'a'.repeat(300)}`, status: 404 }, { target: '/a'.repeat(900), status: 404 })
  // Unicode that is just a name: found or not found, and a redirect whose Location stays ASCII.
  cases.push({ target: '/topics/%E4%B8%AD/', status: 200, served: '/topics/中/', body: 'UNICODE-TOPIC' })
  cases.push({ target: '/topics/%E4%B8%AD', status: 301, location: '/topics/%E4%B8%AD/', served: '/topics/中/' })
  cases.push({
    target: '/topics/%e4%b8%ad?q=%0d%0aSet-Cookie:%20a=1',
    status: 301,
    location: '/topics/%E4%B8%AD/?q=%0d%0aSet-Cookie:%20a=1',
    served: '/topics/中/',
  })
  for (const t of [
    '/%EF%BC%8Ftopics',
    '/topics/%E2%80%AE',
    '/topics/%F0%9F%92%A9/',
    '/topics/%EF%BC%8E%EF%BC%8E/',
    '/topics/<script>alert(1)</script>/',
  ])
    cases.push({ target: t, status: 404, body: 'NOT-FOUND-PAGE' })
  // Host configuration and the way out of the folder: never served.
  for (const t of [
    '/_headers',
    '/vercel.json',
    '/_redirects',
    '/_headers/',
    '/%5fheaders',
    '/%5F%68eaders',
    '/hdr',
    '/leak',
    '/leak/',
    '/leak/secret.txt',
    '/leak/index.html',
    '/leak.txt',
    '/topics/leak/',
    '/topics/leak/secret.txt',
    '/topics',
    '/index.html/',
    '/nope',
  ])
    cases.push({ target: t, status: 404, body: 'NOT-FOUND-PAGE' })
  // Redirects keep the query only if it is plain ASCII, and never leave the origin.
  cases.push({
    target: '/topics/meth-basics',
    status: 301,
    location: '/topics/meth-basics/',
    served: '/topics/meth-basics/',
  })
  cases.push({
    target: '/topics/meth-basics?x=1',
    status: 301,
    location: '/topics/meth-basics/?x=1',
    served: '/topics/meth-basics/',
  })
  cases.push({ target: '/topics/meth-basics?\xe4', status: 400 }) // Node refuses raw non-ASCII before our handler
  cases.push({
    target: '/embed/v1/overamping',
    status: 301,
    location: '/embed/v1/overamping/',
    served: '/embed/v1/overamping/',
  })
  cases.push({ target: '/embed', status: 301, location: '/embed/', served: '/embed/' })
  // Methods: GET and HEAD only.
  for (const method of ['PUT', 'POST', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'MKCOL', 'LINK']) {
    for (const target of ['/', '/topics/meth-basics/', '/_headers', '/%2f_headers', '/leak/secret.txt', '*'])
      cases.push({ method, target, status: 405 })
  }
  cases.push({ method: 'CONNECT', target: '127.0.0.1:22', status: 405 })
  // Methods Node's parser does not know never reach the handler; they still get headers.
  for (const method of ['FOO', 'get', 'G\x00ET']) cases.push({ method, target: '/', status: 400 })
  cases.push({ target: '/', status: 400, extra: 'X-Bad: a\x01b\r\n' })
  return cases
}

function goodCases(): Case[] {
  const pages: [string, string, string][] = [
    ['/', '/', 'HOME-PAGE'],
    ['/index.html', '/index.html', 'HOME-PAGE'],
    ['/topics/meth-basics/', '/topics/meth-basics/', 'TOPIC-PAGE'],
    ['/topics/meth-basics/index.html', '/topics/meth-basics/index.html', 'TOPIC-PAGE'],
    ['/topics/meth-basics/?a=1', '/topics/meth-basics/', 'TOPIC-PAGE'],
    ['/embed/', '/embed/', 'PARTNER-PAGE'],
    ['/embed/v1/overamping/', '/embed/v1/overamping/', 'EMBED-PAGE'],
    ['/embed/v1/resize.js', '/embed/v1/resize.js', '/* resize */'],
    ['/_next/static/a.css', '/_next/static/a.css', 'body{}'],
    ['/404.html', '/404.html', 'NOT-FOUND-PAGE'],
  ]
  return pages.flatMap(([target, served, body]) => [
    { target, status: 200, served, body },
    { method: 'HEAD', target, status: 200, served, body: '' },
  ])
}

/** Headers `_headers` gives the response: a file's path, a redirect's target, else the 404 page. */
function expectedHeaders(c: Case): Map<string, string> {
  return headersFor(rules, c.status === 200 || c.status === 301 ? c.served! : '/404.html')
}

function checkReply(c: Case, r: RawResponse) {
  const what = `${c.method ?? 'GET'} ${c.target.slice(0, 100)}`
  assert.equal(r.status, c.status, `${what}: status`)
  for (const [name, value] of expectedHeaders(c)) assert.equal(header(r, name), value, `${what}: ${name}`)
  // Every reply, whatever it is: no sniffing, no Referer, and HTML or errors carry a CSP.
  assert.equal(header(r, 'x-content-type-options'), 'nosniff', `${what}: nosniff`)
  assert.equal(header(r, 'referrer-policy'), 'no-referrer', `${what}: referrer-policy`)
  const isAsset = c.status === 200 && /\.(js|css)$/.test(c.served ?? '')
  if (!isAsset) assert.ok(header(r, 'content-security-policy'), `${what}: a CSP`)
  assert.equal(r.headers.filter(([n]) => n === 'content-security-policy').length <= 1, true, `${what}: one CSP at most`)
  if (c.status >= 400) {
    assert.match(
      header(r, 'content-security-policy') ?? '',
      /frame-ancestors 'none'/,
      `${what}: an error cannot be framed`,
    )
    assert.equal(header(r, 'x-frame-options'), 'DENY', `${what}: x-frame-options`)
  }
  if (c.status === 405) assert.equal(header(r, 'allow'), 'GET, HEAD', `${what}: Allow`)
  assert.equal(header(r, 'set-cookie'), undefined, `${what}: no header injected`)
  for (const line of r.head.split('\r\n'))
    assert.doesNotMatch(line, /[\r\n]/, `${what}: a header line with a bare CR or LF`)
  const location = header(r, 'location')
  if (c.status === 301) assert.equal(location, c.location, `${what}: Location`)
  else assert.equal(location, undefined, `${what}: no Location`)
  if (location !== undefined) assert.match(location, /^\/(?![/\\])[\x21-\x7e]*$/, `${what}: same-origin Location`)
  for (const secret of SECRETS)
    assert.ok(!r.body.includes(secret) && !r.head.includes(secret), `${what}: leaked ${secret}`)
  if (c.body !== undefined) assert.equal(r.body, c.body, `${what}: body`)
}

describe('static server under hostile requests', () => {
  let base = ''
  let server: ChildProcess | undefined
  let port = 0
  let stderr = ''

  before(async () => {
    base = makeFixture()
    server = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/serve-static.ts', path.join(base, 'out'), '0', '127.0.0.1'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    server.stderr!.on('data', (d) => (stderr += d))
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000)
      server!.stdout!.on('data', (d: Buffer) => {
        const m = /:(\d+)\/\s*$/m.exec(String(d))
        if (m) {
          clearTimeout(timer)
          resolve(Number(m[1]))
        }
      })
      server!.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)))
    })
  })

  after(() => {
    server?.kill()
    if (base) fs.rmSync(base, { recursive: true, force: true })
  })

  it('serves the good paths with exactly their _headers', async () => {
    for (const c of goodCases()) checkReply(c, await rawRequest(port, c.method ?? 'GET', c.target, c.extra))
  })

  it('answers every hostile URL and method with the expected status, its headers and no leak, then still serves', async () => {
    const cases = hostileCases()
    assert.ok(cases.length >= 300, `a few hundred hostile requests (${cases.length})`)
    for (const c of cases) checkReply(c, await rawRequest(port, c.method ?? 'GET', c.target, c.extra))
    assert.equal(server!.exitCode, null, 'the server process is still running')
    const home = await rawRequest(port, 'GET', '/')
    assert.equal(home.status, 200)
    assert.equal(home.body, 'HOME-PAGE')
    assert.equal(stderr, '', 'no request reached the last-resort error handler')
  })
})
