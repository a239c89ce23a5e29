/** The review kit and review state of a content page, through the content access layer. */
import type { Page } from 'contentlayer/generated'
import type { PageClaims } from '../content/claims'
import { citationPlan, getPages, getReviewState } from '../content/pages'
import { buildReviewKit } from './kit'

export const reviewKitFor = (page: Page) => buildReviewKit(page.claims as PageClaims, citationPlan(page))

/** Every topic page of a locale with its kit and review state, in the site's order. */
export const reviewEntries = (locale: string) => getPages(locale).map((page) => ({ page, kit: reviewKitFor(page), state: getReviewState(page) }))
