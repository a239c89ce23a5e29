/** The review kit and review state of a content page, through the content access layer. */
import type { Page } from 'contentlayer/generated'
import type { PageClaims } from '../model/claims'
import { citationPlan, getPages, getReviewState, getUrgent } from './pages'
import { urgentClaims } from '../model/urgent'
import type { Use } from '../citations/uses'
import { buildReviewKit } from '../review/kit'

/** The page's own claims, then the urgent advice it shows (written once, but reviewed wherever it appears). */
export const reviewKitFor = (page: Page) => buildReviewKit([...(page.claims as PageClaims), ...urgentClaims(page.citations as Use[], getUrgent(page.locale))], citationPlan(page))

/** Every topic page of a locale with its kit and review state, in the site's order. */
export const reviewEntries = (locale: string) => getPages(locale).map((page) => ({ page, kit: reviewKitFor(page), state: getReviewState(page) }))
