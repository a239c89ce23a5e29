/** The review kit's data (lib/review/kit.ts) and its flags (lib/review/flags.ts). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { gz, measurePage } from '../../lib/build/budget'

const REVIEW_KIT_TRIP_END = '<section class="review-section"'
import { buildPlan, type SourceRecord } from '../../lib/citations/plan'
import { claimsOf } from '../../lib/model/claims'
import { analyseBody } from '../../lib/content/analyse'
import { buildReviewKit, KitCitationError } from '../../lib/review/kit'
import { claimFlags, isIndirect, isNonHealth, isOld } from '../../lib/review/flags'

const source = (id: string, over: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  title: `Title ${id}`,
  publisher: `Publisher ${id}`,
  url: `https://${id}.org/page`,
  published: '2020-05',
  kind: 'government',
  country: 'US',
  language: 'en',
  findings: ['F1', 'F2'].map((f) => ({ id: f, paraphrase: `${id} ${f} said`, anchor: `words of ${f}` })),
  ...over,
})

const sources = [
  source('gov'),
  source('paper', { kind: 'news', published: '2013-04-01' }),
  source('copy', { original: 'https://first.example/page' }),
]

function kitOf(mdx: string) {
  const a = analyseBody(mdx)
  return buildReviewKit(claimsOf(a.prose.blocks), buildPlan(a.uses, sources, []))
}

const MDX = `Opening claim.<Cite id="gov" f="F1" /><Cite id="gov" f="F1" />

## Risks

- First risk.<Cite id="paper" f="F2" />
- Second risk.<Cite id="paper" f="F1" /><Cite id="gov" f="F2" />

Read on a copy.<Cite id="copy" f="F1" />
`

describe('review kit', () => {
  const kit = kitOf(MDX)

  it('lists every claim block by section, numbered across the page', () => {
    assert.deepEqual(
      kit.sections.map((s) => [s.heading, s.claims.map((c) => [c.number, c.text])]),
      [
        [null, [[1, 'Opening claim.']]],
        [
          'Risks',
          [
            [2, 'First risk.'],
            [3, 'Second risk.'],
            [4, 'Read on a copy.'],
          ],
        ],
      ],
    )
    assert.equal(kit.claimCount, 4)
  })

  it('shows each cited finding once with paraphrase, anchor, reference number and source', () => {
    const [first] = kit.sections[0]!.claims
    assert.equal(first!.findings.length, 1, 'the same finding cited twice is one finding to check')
    assert.deepEqual(
      kit.sections[1]!.claims[1]!.findings.map((f) => [
        f.ref,
        f.source.id,
        f.findingId,
        f.paraphrase,
        f.anchor,
        f.source.publisher,
        f.source.kind,
        f.source.published,
      ]),
      [
        [2, 'paper', 'F1', 'paper F1 said', 'words of F1', 'Publisher paper', 'news', '2013-04-01'],
        [1, 'gov', 'F2', 'gov F2 said', 'words of F2', 'Publisher gov', 'government', '2020-05'],
      ],
    )
  })

  it('deep-links to the passage at the address readers are sent to (the original, not the copy)', () => {
    assert.equal(kit.sections[0]!.claims[0]!.findings[0]!.deepLink, 'https://gov.org/page#:~:text=words%20of%20F1')
    assert.equal(
      kit.sections[1]!.claims[2]!.findings[0]!.deepLink,
      'https://first.example/page#:~:text=words%20of%20F1',
    )
  })

  it('flags only claims resting on one weak source', () => {
    assert.deepEqual(
      kit.sections.flatMap((s) => s.claims.map((c) => c.flags.map((f) => f.id))),
      [[], ['old', 'non-health'], [], ['indirect']],
    )
    assert.equal(kit.flaggedCount, 2)
  })

  it('refuses to build a kit for a citation the plan does not hold', () => {
    const a = analyseBody('X.<Cite id="gov" f="F1" />')
    const claims = claimsOf(a.prose.blocks)
    claims[0]!.claims[0]!.cites[0]!.finding = 'F9'
    assert.throws(() => buildReviewKit(claims, buildPlan(a.uses, sources, [])), KitCitationError)
  })
})

describe('review flags', () => {
  it('old: published before 2016 or undated', () => {
    assert.deepEqual(
      ['2015-12-31', '2016', '2016-01', 'unknown', '2024-05-22'].map((published) => isOld(source('x', { published }))),
      [true, false, false, true, false],
    )
  })
  it('not a health source: news and academic writing, not peer-reviewed research', () => {
    assert.deepEqual(
      ['news', 'academic', 'peer-reviewed', 'government', 'ngo'].map((kind) => isNonHealth(source('x', { kind }))),
      [true, true, false, false, false],
    )
  })
  it('indirect: a stored copy of another page, or one the pack notes as a repost or report of others', () => {
    assert.equal(isIndirect(source('x')), false)
    assert.equal(isIndirect(source('x', { original: 'https://a.example/' })), true)
    assert.equal(
      isIndirect(source('x', { notes: ['This is a third-party repost of CDC text, not the cdc.gov page.'] })),
      true,
    )
    assert.equal(
      isIndirect(source('x', { notes: ["This is a news article reporting KAADA information, not KAADA's own page."] })),
      true,
    )
    assert.equal(isIndirect(source('x', { notes: ['The page says "Last updated: 26 Feb 2016".'] })), false)
  })
  it('says why, naming the date or kind of the only source', () => {
    const flags = claimFlags([source('p', { kind: 'news', published: '2013-04-01' })])
    assert.deepEqual(
      flags.map((f) => f.id),
      ['old', 'non-health'],
    )
    assert.ok(flags[0]!.reason.startsWith('The only source dates from 1 April 2013.'), flags[0]!.reason)
    assert.ok(flags[1]!.reason.startsWith('The only source is classed as “News report”.'), flags[1]!.reason)
    assert.deepEqual(
      flags.map((f) => f.label),
      ['Old source', 'Not a health source'],
    )
    const undated = claimFlags([source('u', { published: 'unknown' })])[0]!
    assert.equal(undated.label, 'Undated source')
    assert.ok(undated.reason.startsWith('The only source shows no date.'))
  })
  it('raises nothing when a second source backs the claim', () => {
    assert.deepEqual(
      claimFlags([
        source('p', { kind: 'news', published: 'unknown' }),
        source('q', { kind: 'news', published: 'unknown' }),
      ]),
      [],
    )
  })
})

describe('review kit weight (lib/build/budget.ts)', () => {
  it('the first round trip of a kit ends where its claims begin, after the instructions', () => {
    const html = `<html><body><h1>Review kit</h1><p>How to review</p>${REVIEW_KIT_TRIP_END}><p>${'claim '.repeat(5000)}</p></section></body></html>`
    const w = measurePage('/review/x/', html, () => undefined)
    assert.equal(w.firstTripGz, gz(html.slice(0, html.indexOf(REVIEW_KIT_TRIP_END))))
    assert.ok(w.firstTripGz < w.totalGz)
  })
})
