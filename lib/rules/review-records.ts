/**
 * Review records (content/reviews/<locale>/ (one <slug>.yaml per reviewed page)): the only evidence that a health
 * professional reviewed a page. A page is `clinical` exactly when it has a record; the record
 * names a real page and pins the content hash the reviewer read, so the page can tell readers
 * when its text has changed since (lib/review/status.ts).
 */
import { CONTENT_HASH } from '../model/content-hash'
import type { RawDoc } from '../content/read-files'
import { defineRule, str } from './types'

/** A page file (pages/en/x.mdx) and its review record (reviews/en/x.yaml) both → "en/x". */
const pageKey = (file: string) =>
  file
    .split('/')
    .slice(2)
    .join('/')
    .replace(/\.(mdx|yaml)$/, '')
const recordFileFor = (page: RawDoc) => `content/reviews/${pageKey(page.file)}.yaml`

export const reviewRecordRules = [
  defineRule(
    'review/honest-status',
    'Nobody may claim a clinical review that did not happen: a clinical page has a review record naming the health professional, and a page with a record says so.',
    (ctx, report) => {
      const records = new Set(ctx.content.reviews.map((r) => pageKey(r.file)))
      for (const doc of ctx.content.pages) {
        const has = records.has(pageKey(doc.file))
        if (doc.data.reviewStatus === 'clinical' && !has) {
          report({
            file: doc.file,
            field: 'reviewStatus',
            message: `reviewStatus is clinical but there is no review record ${recordFileFor(doc)}`,
            fix: 'add the record a health professional signed (docs/content-guide.md, "The review kit"), or set reviewStatus: editorial',
          })
        }
        if (doc.data.reviewStatus === 'editorial' && has) {
          report({
            file: doc.file,
            field: 'reviewStatus',
            message: `reviewStatus is editorial but ${recordFileFor(doc)} records a health review`,
            fix: 'set reviewStatus: clinical, or remove the record if the review did not happen',
          })
        }
      }
    },
  ),
  defineRule(
    'review/record-page',
    'A review record must belong to a page; a record for a renamed or missing page would claim a review nobody can see.',
    (ctx, report) => {
      const pages = new Set(ctx.content.pages.map((p) => pageKey(p.file)))
      for (const r of ctx.content.reviews) {
        const parts = r.file.split('/') // content/reviews/<locale>/ (one <slug>.yaml per reviewed page)
        if (parts.length !== 4) {
          report({
            file: r.file,
            message: 'a review record must sit directly in a language folder',
            fix: 'move it to content/reviews/<locale>/ (one <slug>.yaml per reviewed page), named after the page it reviews',
          })
        } else if (!pages.has(pageKey(r.file))) {
          report({
            file: r.file,
            message: `there is no page content/pages/${pageKey(r.file)}.mdx for this review record`,
            fix: 'name the record after the page it reviews (same locale folder and file name), or remove it',
          })
        }
      }
    },
  ),
  defineRule(
    'review/record-hash',
    'The record pins the exact text the reviewer read; without a well-formed hash the page could never tell readers that its text changed after the review.',
    (ctx, report) => {
      for (const r of ctx.content.reviews) {
        const hash = str(r.data.contentHash)
        if (hash !== undefined && !CONTENT_HASH.test(hash)) {
          report({
            file: r.file,
            field: 'contentHash',
            message: `contentHash "${hash}" is not a content version (7 characters, 0-9 and a-f)`,
            fix: 'copy the content version printed on the review kit the reviewer used; never the current one unless they reviewed this text',
          })
        }
      }
    },
  ),
]
