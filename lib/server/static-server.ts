/**
 * The static server for out/ that `npm run serve`, `npm start` and the e2e tests use, and that a
 * small NGO may run in production. It behaves like a static host (/x redirects to /x/, a directory
 * serves its index.html, unknown paths get 404.html with status 404, out/_headers applies) and is
 * strict where hosts differ: one canonical path per request (request-path.ts), the real file
 * inside the folder (resolve-file.ts), headers on every response (response-headers.ts), GET and
 * HEAD only, and no request can throw past the handler. Why not sirv or serve-handler:
 * docs/architecture.md ("The static server").
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { contentTypeOf } from './content-types'
import { parseRequestPath, sameOriginLocation } from './request-path'
import { resolveFile } from './resolve-file'
import { ERROR_FLOOR, errorHeaders, fileHeaders, loadRules, redirectHeaders } from './response-headers'

const ALLOW = 'GET, HEAD'
type Headers = Record<string, string>

export function createStaticServer(dir: string): http.Server {
  const root = path.resolve(dir)
  const server = http.createServer((req, res) => {
    handle(root, req, res).catch((err: unknown) => fail(res, err))
  })
  // Requests Node's parser refuses (bad bytes, a request line too long) and CONNECT would
  // otherwise get a bare reply or a closed socket; they get the error headers too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
    rawReply(socket, status, errorHeaders(loadRules(root)))
  })
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) =>
    rawReply(socket, 405, { ...errorHeaders(loadRules(root)), allow: ALLOW }),
  )
  return server
}

async function handle(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const rules = loadRules(root)
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendText(req, res, 405, { ...errorHeaders(rules), allow: ALLOW })
  const parsed = parseRequestPath(req.url ?? '')
  if (!parsed.ok) return sendText(req, res, parsed.status, errorHeaders(rules))
  const found = await resolveFile(root, parsed.segments, parsed.pathname.endsWith('/'))
  if (found.kind === 'file') return sendFile(req, res, 200, found.file, fileHeaders(rules, parsed.pathname))
  if (found.kind === 'add-slash') {
    const location = sameOriginLocation(parsed.segments, parsed.search, true)
    res.writeHead(301, { ...redirectHeaders(rules, `${parsed.pathname}/`), location, 'content-length': '0' }).end()
    return
  }
  const notFound = await resolveFile(root, ['404.html'], false)
  if (notFound.kind === 'file') return sendFile(req, res, 404, notFound.file, errorHeaders(rules))
  return sendText(req, res, 404, errorHeaders(rules))
}

async function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  file: string,
  headers: Headers,
): Promise<void> {
  // Read whole (out/ holds pages and small assets): the length is exact and no stream can fail half-way.
  const body = await fs.readFile(file)
  res.writeHead(status, { 'content-type': contentTypeOf(file), ...headers, 'content-length': String(body.length) })
  res.end(req.method === 'HEAD' ? undefined : body)
}

function sendText(req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: Headers): void {
  const body = `${status} ${http.STATUS_CODES[status]}\n`
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Last resort: a bug or an unreadable file answers 500 (or drops the connection), never stops the server. */
function fail(res: http.ServerResponse, err: unknown): void {
  console.error('serve-static:', err)
  try {
    if (res.headersSent) res.destroy()
    else
      res
        .writeHead(500, { ...ERROR_FLOOR, 'content-type': 'text/plain; charset=utf-8' })
        .end('500 Internal Server Error\n')
  } catch {
    res.destroy()
  }
}

/** A reply written straight to the socket, for requests that never became a `request` event. */
function rawReply(socket: Duplex, status: number, headers: Headers): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const lines = [`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Error'}`]
  for (const [name, value] of Object.entries({
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': '0',
    connection: 'close',
  })) {
    try {
      http.validateHeaderName(name)
      http.validateHeaderValue(name, value)
      lines.push(`${name}: ${value}`)
    } catch {
      // A malformed line in _headers must not become a malformed response.
    }
  }
  socket.end(`${lines.join('\r\n')}\r\n\r\n`)
}
