import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { offlinePages, writeOfflineWorker } from '../../lib/build/offline-worker'

const pages = [
  { locale: 'en', slug: 'overamping', urgency: 'urgent' },
  { locale: 'en', slug: 'get-help', urgency: 'urgent' },
  { locale: 'en', slug: 'meth-basics', urgency: 'standard' },
  { locale: 'ko', slug: 'get-help', urgency: 'urgent' },
]

/** A built site with the pages above (and the page script) in a fresh folder. */
function builtSite(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-'))
  for (const p of ['topics/overamping', 'topics/get-help', 'topics/meth-basics', 'ko/topics/get-help']) {
    fs.mkdirSync(path.join(out, p), { recursive: true })
    fs.writeFileSync(path.join(out, p, 'index.html'), `<p>${p}</p>`)
  }
  fs.writeFileSync(path.join(out, 'safety.js'), '/* x */')
  return out
}
const version = (out: string) =>
  /"version":"([0-9a-f]{12})"/.exec(fs.readFileSync(path.join(out, 'sw.js'), 'utf8'))?.[1]

describe('offline emergency pages', () => {
  it('keeps the urgent pages of each language, and no other page', () => {
    assert.deepEqual(offlinePages(pages), {
      en: ['/topics/get-help/', '/topics/overamping/'],
      ko: ['/ko/topics/get-help/'],
    })
  })
  it('writes sw.js with what it keeps, and a version that changes only when a kept file changes', () => {
    const out = builtSite()
    const report = writeOfflineWorker(out, process.cwd(), pages)
    const source = fs.readFileSync(path.join(out, 'sw.js'), 'utf8')
    assert.match(source, /^var OFFLINE=\{"version":"[0-9a-f]{12}","pages":\{"en":\["\/topics\/get-help\/"/)
    assert.deepEqual(report.assets, ['/safety.js'])
    assert.ok(!source.includes('/*'), 'comments are left out of what readers download')
    assert.equal(report.workerBytes, Buffer.byteLength(source))
    const first = version(out)
    fs.writeFileSync(path.join(out, 'topics', 'meth-basics', 'index.html'), '<p>changed</p>')
    writeOfflineWorker(out, process.cwd(), pages)
    assert.equal(version(out), first, 'a page not kept offline does not renew the copies')
    fs.writeFileSync(path.join(out, 'ko', 'topics', 'get-help', 'index.html'), '<p>새 번호</p>')
    writeOfflineWorker(out, process.cwd(), pages)
    assert.notEqual(version(out), first, 'a changed emergency page renews the copies')
  })
  it('fails the build when a page it should keep was not built', () => {
    const out = builtSite()
    fs.rmSync(path.join(out, 'topics', 'overamping'), { recursive: true })
    assert.throws(
      () => writeOfflineWorker(out, process.cwd(), pages),
      /\/topics\/overamping\/ should be kept offline but out\/topics\/overamping\/ was not built/,
    )
  })
})
