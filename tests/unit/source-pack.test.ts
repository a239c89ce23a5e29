import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PACK_DIR, loadPack } from '../../lib/source-pack/load'
import { PackParseError, parsePackFile } from '../../lib/source-pack/parse'

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'sources')

describe('source pack', () => {
  it('parses every pack file, with findings and numbered contacts', () => {
    const pack = loadPack()
    assert.ok(pack.size >= 139, `the pack has ${pack.size} sources`)
    const samhsa = pack.get('samhsa-national-helpline')!
    assert.equal(samhsa.contacts[0]!.id, 'C1')
    assert.match(samhsa.contacts[0]!.text, /1-800-662-HELP \(4357\)/)
    assert.equal(
      pack.get('stopoverdose-meth-overamping')!.findings[1]!.anchor,
      'overheating, heart attacks, strokes, and not breathing',
    )
    assert.ok([...pack.values()].every((s) => s.findings.length > 0))
  })

  it('refuses a finding line it cannot read, instead of skipping it', () => {
    const bad =
      '---\nid: x\ntitle: "t"\npublisher: "p"\nurl: https://x.org\npublished: unknown\nkind: news\ncountry: US\nlanguage: en\n---\n## Findings\n- **F1** no anchor here\n'
    assert.throws(() => parsePackFile('x.md', bad), PackParseError)
  })

  it('the vendored copy equals ../shared/sources, where that folder exists', (t) => {
    if (!fs.existsSync(SHARED)) return t.skip('../shared/sources is not on this machine (CI uses the vendored copy)')
    const names = (d: string) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.md'))
        .sort()
    assert.deepEqual(names(PACK_DIR), names(SHARED))
    for (const f of names(SHARED))
      assert.equal(
        fs.readFileSync(path.join(PACK_DIR, f), 'utf8'),
        fs.readFileSync(path.join(SHARED, f), 'utf8'),
        `${f} differs: copy ../shared/sources into vendor/source-pack (npm run pack:update)`,
      )
  })
})
