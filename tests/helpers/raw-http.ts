/**
 * A raw HTTP/1.1 client for server tests: sends the request bytes exactly as given (fetch and
 * http.request would normalise or refuse hostile targets) and parses the reply by hand, so the
 * test sees every header line as it was written.
 */
import net from 'node:net'

export interface RawResponse {
  status: number
  /** Header lines as sent, names lower-cased, in order (repeats kept). */
  headers: [name: string, value: string][]
  head: string
  body: string
}

export const header = (r: RawResponse, name: string): string | undefined => r.headers.find(([n]) => n === name)?.[1]

/** One request on its own connection (`Connection: close`), bounded by `timeoutMs`. `target` is sent byte for byte (latin1): pass UTF-8 bytes as a binary string. */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  extraHeaders = '',
  timeoutMs = 5000,
): Promise<RawResponse> {
  const text = `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no complete reply within ${timeoutMs} ms: ${method} ${target.slice(0, 80)}`))
    }, timeoutMs)
    socket.on('data', (c) => chunks.push(c))
    socket.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      const all = Buffer.concat(chunks).toString('latin1')
      const end = all.indexOf('\r\n\r\n')
      if (end === -1)
        return reject(
          new Error(`no reply head for ${method} ${target.slice(0, 80)}: ${JSON.stringify(all.slice(0, 200))}`),
        )
      const [statusLine = '', ...lines] = all.slice(0, end).split('\r\n')
      const headers = lines.map((l): [string, string] => {
        const i = l.indexOf(':')
        return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()]
      })
      resolve({ status: Number(statusLine.split(' ')[1]), headers, head: all.slice(0, end), body: all.slice(end + 4) })
    })
    socket.write(Buffer.from(text, 'latin1'))
  })
}
