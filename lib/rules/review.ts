/**
 * Dates and honest review status. Health advice goes stale and helplines change numbers, so
 * every page says when it was checked and when it must be checked again, and the build refuses
 * a page past its date (editorial policy: content/site/en/about.mdx, "Review").
 */
import { addMonths, isRealDate } from '../dates'
import { pageFields, resourceFields, reviewRecordFields, sitePageFields, type DocSpec } from '../model/schema'
import type { RawDoc } from '../content/read-files'
import { defineRule, str } from './types'
import { MAX_RESOURCE_CHECK_MONTHS, MAX_REVIEW_MONTHS } from './limits'

/** The longest a page may go between reviews, and a helpline between checks. */

const dateFields = (spec: DocSpec) =>
  Object.entries(spec)
    .filter(([, f]) => f.format === 'date')
    .map(([k]) => k)

export const reviewRules = [
  defineRule(
    'dates/real-date',
    'A date that does not exist (2025-02-30) would be shown to readers or silently moved by the build.',
    (ctx, report) => {
      const groups: [RawDoc[], DocSpec][] = [
        [ctx.content.pages, pageFields],
        [ctx.content.sitePages, sitePageFields],
        [ctx.content.resources, resourceFields],
        [ctx.content.reviews, reviewRecordFields],
      ]
      for (const [docs, spec] of groups) {
        for (const doc of docs) {
          for (const field of dateFields(spec)) {
            const v = doc.data[field]
            if (typeof v === 'string' && !isRealDate(v)) {
              report({
                file: doc.file,
                field,
                message: `"${v}" is not a real calendar date`,
                fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-28, and check the day exists in that month',
              })
            }
          }
        }
      }
    },
  ),
  defineRule(
    'review/order',
    'The next review must come after the last one, and no more than a year later.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        const [last, next] = [str(doc.data.lastReviewed), str(doc.data.nextReview)]
        if (!last || !next || !isRealDate(last) || !isRealDate(next)) continue
        if (next <= last) {
          report({
            file: doc.file,
            field: 'nextReview',
            message: `nextReview (${next}) is not after lastReviewed (${last})`,
            fix: `set nextReview to a later date, e.g. ${addMonths(last, 6)}`,
          })
        } else if (next > addMonths(last, MAX_REVIEW_MONTHS)) {
          report({
            file: doc.file,
            field: 'nextReview',
            message: `nextReview (${next}) is more than ${MAX_REVIEW_MONTHS} months after lastReviewed (${last})`,
            fix: `review health pages at least yearly: set nextReview on or before ${addMonths(last, MAX_REVIEW_MONTHS)}`,
          })
        }
      }
    },
  ),
  defineRule('review/not-in-future', 'A review or check cannot have happened after today.', (ctx, report) => {
    const groups: [RawDoc[], string][] = [
      [ctx.content.pages, 'lastReviewed'],
      [ctx.content.sitePages, 'updated'],
      [ctx.content.resources, 'checkedOn'],
      [ctx.content.reviews, 'reviewedOn'],
    ]
    for (const [docs, field] of groups) {
      for (const doc of docs) {
        const v = str(doc.data[field])
        if (v && isRealDate(v) && v > ctx.today)
          report({
            file: doc.file,
            field,
            message: `${field} (${v}) is in the future (today is ${ctx.today})`,
            fix: 'use the date the check really happened',
          })
      }
    }
  }),
  defineRule(
    'review/overdue',
    'A page past its review date may give stale advice; it fails the build unless an editor adds a visible "overdue for review" notice.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        const next = str(doc.data.nextReview)
        if (!next || !isRealDate(next)) continue
        const notice = str(doc.data.overdueNotice)
        if (next < ctx.today && !notice) {
          report({
            file: doc.file,
            field: 'nextReview',
            message: `the page was due for review on ${next} and is overdue`,
            fix: 'review it against its sources and update lastReviewed and nextReview; or, if it must stay up unreviewed, add overdueNotice: "<why>" (shown on the page)',
          })
        }
        if (notice && next >= ctx.today) {
          report({
            file: doc.file,
            field: 'overdueNotice',
            message: 'overdueNotice is set but the page is not overdue',
            fix: 'remove overdueNotice: it would tell readers the page is overdue when it is not',
          })
        }
      }
    },
  ),
  defineRule(
    'review/resource-checked',
    'Helpline numbers and hours change; a number not checked for a year may not work when someone needs it.',
    (ctx, report) => {
      for (const doc of ctx.content.resources) {
        const v = str(doc.data.checkedOn)
        if (v && isRealDate(v) && addMonths(v, MAX_RESOURCE_CHECK_MONTHS) < ctx.today) {
          report({
            file: doc.file,
            field: 'checkedOn',
            message: `the details were last checked on ${v}, more than ${MAX_RESOURCE_CHECK_MONTHS} months ago`,
            fix: 'check the service against its source again and update checkedOn',
          })
        }
      }
    },
  ),
]
