/**
 * Typed accessors at the Contentlayer boundary. Contentlayer types `json` fields as `any` and
 * enums as `string`; these say once what they hold (both computed by lib/content/analysis-cache.ts
 * from these types), so no component or data file casts. Type-only imports: the post-build step
 * and tests use them without loading Contentlayer's data.
 */
import type { Page } from 'contentlayer/generated'
import type { Use } from '../citations/uses'
import type { PageClaims } from '../model/claims'
import { REVIEW_STATUSES, type ReviewStatus } from '../model/taxonomy'
/** The page's citing elements in reading order (computed field `citations`). */
export const pageUses = (page: Pick<Page, 'citations'>): Use[] => page.citations as Use[]
/** The page's health claims by section (computed field `claims`). */
export const pageClaims = (page: Pick<Page, 'claims'>): PageClaims => page.claims as PageClaims
/** The review status; an unknown one (impossible after the schema check) fails the build. */
export function pageReviewStatus(page: Pick<Page, 'reviewStatus' | '_id'>): ReviewStatus {
  if (!(page.reviewStatus in REVIEW_STATUSES)) throw new Error(`${page._id}: unknown reviewStatus "${page.reviewStatus}"`)
  return page.reviewStatus as ReviewStatus
}
