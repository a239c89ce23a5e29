import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  buildPlan,
  UnknownCitationError,
  withReferenceTargets,
  type ResourceRecord,
  type SourceRecord,
} from '../../lib/citations/plan'
import { collectUses } from '../../lib/citations/uses'
import { parseMdx } from '../../lib/mdx/parse'

const source = (id: string, findings: string[]): SourceRecord => ({
  id,
  title: `Title ${id}`,
  publisher: 'P',
  url: `https://${id}.org/`,
  published: 'unknown',
  kind: 'news',
  country: 'US',
  language: 'en',
  findings: findings.map((f) => ({ id: f, paraphrase: `${id} ${f}`, anchor: `anchor ${f}` })),
})
const sources = [source('a', ['F1', 'F2', 'C1']), source('b', ['F1'])]
const resources: ResourceRecord[] = [
  { id: 'us-line', country: 'US', kind: 'drug-helpline', name: 'Line', source: 'a', confirmedBy: ['C1', 'F1'] },
]

const plan = (mdx: string) => buildPlan(collectUses(parseMdx(mdx)), sources, resources)

describe('citation numbering', () => {
  it('numbers sources by first appearance in the text', () => {
    const p = plan('One.<Cite id="b" f="F1" /> Two.<Cite id="a" f="F2" /> Three.<Cite id="b" f="F1" />')
    assert.deepEqual(
      p.references.map((r) => [r.n, r.source.id]),
      [
        [1, 'b'],
        [2, 'a'],
      ],
    )
    assert.deepEqual(
      [0, 1, 2].map((i) => p.cite(i)?.n),
      [1, 2, 1],
    )
  })
  it('gives every marker a unique id and lists each as a back-link under its finding', () => {
    const p = plan('One.<Cite id="a" f="F1" />\n\nTwo.<Cite id="a" f="F1" /> Three.<Cite id="a" f="F2" />')
    assert.deepEqual(
      p.references[0]!.findings.map((f) => [f.id, f.backlinks]),
      [
        ['F1', ['cite-0', 'cite-1']],
        ['F2', ['cite-2']],
      ],
    )
    assert.equal(p.cite(1)?.targetId, 'ref-a-F1')
  })
  it('builds each finding a deep link from its anchor', () => {
    assert.equal(
      plan('X.<Cite id="a" f="F2" />').references[0]!.findings[0]!.href,
      'https://a.org/#:~:text=anchor%20F2',
    )
  })
  it('numbers the sources of resources a help directory shows, in reading order', () => {
    const p = plan('X.<Cite id="b" f="F1" />\n\n<HelpDirectory countries="US" />')
    assert.deepEqual(
      p.references.map((r) => r.source.id),
      ['b', 'a'],
    )
    assert.deepEqual(p.resource(1, 'us-line'), { n: 2, markerId: 'cite-1-us-line', targetId: 'ref-a' })
    assert.deepEqual(
      p.references[1]!.findings.map((f) => f.id),
      ['F1', 'C1'],
    )
  })
  it('refuses a citation of an unknown source or finding', () => {
    assert.throws(() => plan('X.<Cite id="zzz" f="F1" />'), UnknownCitationError)
    assert.throws(() => plan('X.<Cite id="a" f="F9" />'), /no finding "F9"/)
  })
})

describe('a plan for a list that names each source once (handouts)', () => {
  it('points every marker at its source, keeping its number and its own id', () => {
    const base = plan('One.<Cite id="b" f="F1" /> Two.<Cite id="a" f="F2" />\n\n<HelpDirectory countries="US" />')
    const p = withReferenceTargets(base)
    assert.deepEqual(p.cite(0), { n: 1, markerId: 'cite-0', targetId: 'ref-b' })
    assert.deepEqual(p.cite(1), { n: 2, markerId: 'cite-1', targetId: 'ref-a' })
    assert.equal(p.resource(2, 'us-line')?.targetId, 'ref-a')
    assert.equal(base.cite(1)?.targetId, 'ref-a-F2', 'the page’s own plan is unchanged')
    assert.equal(p.cite(9), undefined)
    assert.equal(p.references, base.references)
  })
})
