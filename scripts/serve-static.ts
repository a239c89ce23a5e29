/**
 * Serves a built folder as a static host would, with its _headers (lib/server/static-server.ts).
 * Usage: tsx scripts/serve-static.ts [dir=out] [port=3000] [host=127.0.0.1]   (port 0: any free port)
 */
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createStaticServer } from '../lib/server/static-server'

const [dir = 'out', portArg = '3000', host = '127.0.0.1'] = process.argv.slice(2)
const server = createStaticServer(dir)
server.listen(Number(portArg), host, () => {
  const { port } = server.address() as AddressInfo
  console.log(
    `Serving ${path.relative(process.cwd(), path.resolve(dir)) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  )
})
