/**
 * A small static server for out/, with no dependencies: `npm run serve` (port 3000) and the tests
 * use it. It behaves like a static host: /x redirects to /x/, directories serve index.html,
 * unknown paths get 404.html with status 404, and out/_headers is applied (lib/headers), so the
 * tests see the same headers a deploy sends.
 * Usage: tsx scripts/serve-static.ts [dir=out] [port=3000] [host=127.0.0.1]
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { headersFor, parseHeadersFile, type HeaderRule } from '../lib/headers/headers-file'

const [dir = 'out', portArg = '3000', host = '127.0.0.1'] = process.argv.slice(2)
const root = path.resolve(dir)
const port = Number(portArg)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

function loadRules(): HeaderRule[] {
  const file = path.join(root, '_headers')
  return fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : []
}

// Host configuration, read by hosts and never served (as Netlify, Cloudflare and Vercel do).
const HOST_CONFIG = new Set(['/_headers', '/_redirects', '/vercel.json'])

function resolveFile(pathname: string): { file?: string; redirect?: string } {
  if (HOST_CONFIG.has(pathname)) return {}
  const target = path.join(root, pathname)
  if (!target.startsWith(root)) return {}
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` }
    const index = path.join(target, 'index.html')
    return fs.existsSync(index) ? { file: index } : {}
  }
  if (fs.existsSync(target)) return { file: target }
  if (!path.extname(pathname) && fs.existsSync(`${target}.html`)) return { file: `${target}.html` }
  return {}
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    res.writeHead(400).end('Bad request')
    return
  }
  const rules = loadRules() // re-read each time: a rebuild needs no restart
  const { file, redirect } = resolveFile(pathname)
  const headers = Object.fromEntries(headersFor(rules, pathname))
  if (redirect) {
    res.writeHead(301, { ...headers, location: redirect + url.search }).end()
    return
  }
  const notFound = path.join(root, '404.html')
  const body = file ?? (fs.existsSync(notFound) ? notFound : undefined)
  const status = file ? 200 : 404
  const type = body ? (TYPES[path.extname(body)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8'
  res.writeHead(status, { 'content-type': type, ...(file ? headers : Object.fromEntries(headersFor(rules, '/404.html'))) })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  if (body) fs.createReadStream(body).pipe(res)
  else res.end('Not found')
})

server.listen(port, host, () => console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`))
