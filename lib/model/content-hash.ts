/**
 * A page's content hash: the first 7 hex characters of the SHA-256 of its MDX body. Any edit to
 * the text changes it, so it is part of the content version embeds show and the one thing a
 * review record pins (lib/review/status.ts): a review counts only for the text that was read.
 */
import { createHash } from 'node:crypto'

export const CONTENT_HASH = /^[0-9a-f]{7}$/

export const contentHash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 7)
