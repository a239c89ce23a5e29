/**
 * What a page says about its health review, in both states, from fixtures: a record that pins
 * the text of tests/fixtures/review/reviewed.mdx, and the same page after one edit (changed.mdx).
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { renderToStaticMarkup } from 'react-dom/server'
import { parse as parseYaml } from 'yaml'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { ReviewStatus } from '../../components/page/review-status'
import { contentHash } from '../../lib/model/content-hash'
import { readMdx } from '../../lib/content/read-files'
import { REVIEW_STATUSES } from '../../lib/model/taxonomy'
import { pageJson } from '../../lib/open-data/page-json'
import { pageSchema } from '../../lib/open-data/schema'
import {
  recordFor,
  reviewRecordJson,
  reviewState,
  reviewStatement,
  type ReviewRecordData,
  type ReviewedPage,
} from '../../lib/review/status'

const DIR = path.join(process.cwd(), 'tests', 'fixtures', 'review')

function fixturePage(name: string): ReviewedPage & Record<string, unknown> {
  const raw = readMdx(name, fs.readFileSync(path.join(DIR, name), 'utf8'))
  return {
    ...raw.data,
    slug: 'overamping',
    locale: 'en',
    reviewStatus: String(raw.data.reviewStatus),
    contentHash: contentHash(raw.body),
  }
}
const record: ReviewRecordData = {
  ...(parseYaml(fs.readFileSync(path.join(DIR, 'overamping.yaml'), 'utf8')) as Omit<
    ReviewRecordData,
    'locale' | 'slug'
  >),
  locale: 'en',
  slug: 'overamping',
}
const reviewed = fixturePage('reviewed.mdx')
const changed = fixturePage('changed.mdx')

describe('review state', () => {
  it('the fixtures differ only by an edit, so their content hashes differ', () => {
    assert.equal(reviewed.contentHash, record.contentHash)
    assert.notEqual(changed.contentHash, record.contentHash)
  })

  it('a clinical page whose text has the recorded hash is reviewed, naming the reviewer, role and date', () => {
    const s = reviewState(reviewed, record)
    assert.equal(s.state, 'reviewed')
    assert.equal(
      reviewStatement(s),
      'Reviewed by Test Reviewer, Emergency nurse (a test fixture, not a real person), on 20 November 2026.',
    )
  })

  it('once the text changes, the page says it changed since its review and names nobody', () => {
    const s = reviewState(changed, record)
    assert.equal(s.state, 'changed')
    const text = reviewStatement(s)
    assert.ok(text.startsWith('Changed since its review on 20 November 2026.'), text)
    assert.ok(!text.includes('Test Reviewer'), text)
  })

  it('an editorial page never claims a review, even with a record; a clinical page without one neither', () => {
    assert.deepEqual(reviewState({ ...reviewed, reviewStatus: 'editorial' }, record), { state: 'editorial' })
    assert.deepEqual(reviewState(reviewed, undefined), { state: 'editorial' })
    assert.equal(reviewStatement({ state: 'editorial' }), REVIEW_STATUSES.editorial)
  })

  it('finds a page’s record by locale and slug only', () => {
    assert.equal(recordFor([record], { locale: 'en', slug: 'overamping' }), record)
    assert.equal(recordFor([record], { locale: 'ko', slug: 'overamping' }), undefined)
    assert.equal(recordFor([record], { locale: 'en', slug: 'mixing' }), undefined)
  })
})

describe('review status line (components/page/review-status.tsx)', () => {
  const render = (page: ReviewedPage) =>
    renderToStaticMarkup(
      ReviewStatus({ state: reviewState(page, record), kitHref: '/review/overamping/', locale: 'en' }),
    )

  it('renders the reviewed statement and links the review kit', () => {
    const html = render(reviewed)
    assert.match(html, /data-review-state="reviewed"/)
    assert.ok(
      html.includes(
        'Reviewed by Test Reviewer, Emergency nurse (a test fixture, not a real person), on 20 November 2026.',
      ),
      html,
    )
    assert.ok(html.includes('<a href="/review/overamping/">'), html)
  })

  it('renders the changed statement once the text changed', () => {
    const html = render(changed)
    assert.match(html, /data-review-state="changed"/)
    assert.ok(html.includes('Changed since its review on 20 November 2026.'), html)
    assert.ok(!html.includes('Reviewed by'), html)
  })
})

describe('review in the open-data JSON', () => {
  const page = (p: ReviewedPage & Record<string, unknown>) =>
    ({
      ...p,
      _id: 'pages/en/overamping.mdx',
      url: '/topics/overamping/',
      citations: [],
      claims: [],
      readingGrade: 5,
    }) as unknown as Parameters<typeof pageJson>[0]
  const json = (p: ReviewedPage & Record<string, unknown>) =>
    pageJson(page(p), { sources: [], resources: [], urgent: [], reviews: [record] }).review
  const validate = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(pageSchema.properties.review)

  it('names the reviewer while the hash matches', () => {
    const r = json(reviewed)
    assert.equal(r.reviewedBy, 'Test Reviewer')
    assert.equal(r.statement, reviewStatement(reviewState(reviewed, record)))
    assert.deepEqual(r.clinicalReview, {
      current: true,
      reviewer: 'Test Reviewer',
      role: record.role,
      reviewedOn: '2026-11-20',
      scope: record.scope,
      contentHash: '163be91',
    })
    assert.ok(validate(r), JSON.stringify(validate.errors))
  })

  it('says the text changed, keeps the review as history and names nobody as reviewer', () => {
    const r = json(changed)
    assert.equal(r.reviewedBy, null)
    assert.ok(r.statement.startsWith('Changed since its review on 20 November 2026.'))
    assert.equal(r.clinicalReview?.current, false)
    assert.ok(validate(r), JSON.stringify(validate.errors))
  })

  it('is null for an editorial page, and the schema refuses a malformed review', () => {
    const r = json({ ...reviewed, reviewStatus: 'editorial' })
    assert.equal(r.clinicalReview, null)
    assert.equal(reviewRecordJson({ state: 'editorial' }), null)
    assert.ok(validate(r), JSON.stringify(validate.errors))
    assert.equal(
      validate({ ...r, clinicalReview: { ...reviewRecordJson(reviewState(reviewed, record)), contentHash: 'XYZ' } }),
      false,
    )
  })
})
