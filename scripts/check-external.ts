/**
 * `npm run check:external`: asks every source URL and every helpline web address whether it still
 * answers, and reports the dead ones. It needs the internet, so it is not part of `npm test` or
 * CI; run it before each review round. Exit code 1 when any address fails.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const ROOT = process.cwd()
const read = (dir: string) =>
  fs.readdirSync(path.join(ROOT, 'content', dir)).map((f) => ({
    file: `content/${dir}/${f}`,
    doc: parse(fs.readFileSync(path.join(ROOT, 'content', dir, f), 'utf8')) as Record<string, unknown>,
  }))

const targets: { url: string; file: string }[] = []
for (const { file, doc } of read('sources')) targets.push({ url: String(doc.url), file })
for (const { file, doc } of read('resources')) {
  for (const c of (doc.contacts as { method: string; value: string }[]) ?? [])
    if (c.method === 'web') targets.push({ url: c.value, file })
}

async function probe(url: string): Promise<string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(20_000),
        headers: { 'user-agent': 'Plainly link checker (source review)' },
      })
      if (res.ok) return 'ok'
      if (method === 'GET' || ![403, 405, 501].includes(res.status)) return `HTTP ${res.status}`
    } catch (e) {
      if (method === 'GET')
        return `unreachable: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`
    }
  }
  return 'unreachable'
}

const results: { url: string; file: string; status: string }[] = []
const queue = [...targets]
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) results.push({ ...t, status: await probe(t.url) })
  }),
)
const dead = results.filter((r) => r.status !== 'ok').sort((a, b) => a.file.localeCompare(b.file))
for (const r of dead) console.log(`${r.status.padEnd(28)} ${r.file}\n  ${r.url}`)
console.log(`\n${results.length - dead.length} of ${results.length} addresses answered; ${dead.length} did not.`)
process.exit(dead.length ? 1 : 0)
