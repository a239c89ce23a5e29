import type { Metadata } from 'next'

/**
 * Review kits are working papers for reviewers, not health information for readers: search
 * engines must not send someone in a crisis to a page of claims, flags and tick boxes.
 */
export const REVIEW_METADATA: Metadata = {
  robots: { index: false },
  description: 'A printable kit for a health professional reviewing a Plainly page against its sources.',
}
