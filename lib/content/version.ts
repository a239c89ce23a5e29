/**
 * A page's content version, shown in embeds, open data and feeds: the review date plus a short
 * hash of everything the reader sees. A page that shows the urgent advice (<CallNow>, <FirstAid>)
 * also shows text from content/urgent/<locale>.yaml, so that text is part of its version: fixing a
 * first-aid step changes the version of every page that shows it, and NGOs see the change.
 */
import { createHash } from 'node:crypto'
import type { Use } from '../citations/uses'

export interface VersionedPage {
  lastReviewed: string
  contentHash: string
  citations: unknown
}

export interface UrgentText {
  groups: unknown
  items: unknown
}

export const usesUrgent = (page: Pick<VersionedPage, 'citations'>) => (page.citations as Use[]).some((u) => u.kind === 'urgent')

/** The hash of the text a reader sees: the body's hash, with the urgent advice mixed in when shown. */
export function readerHash(page: VersionedPage, urgent: UrgentText | undefined): string {
  if (!urgent || !usesUrgent(page)) return page.contentHash
  return createHash('sha256').update(`${page.contentHash}\n${JSON.stringify([urgent.groups, urgent.items])}`).digest('hex').slice(0, 7)
}

export const contentVersion = (page: VersionedPage, urgent: UrgentText | undefined) => `${page.lastReviewed}.${readerHash(page, urgent)}`
