import { notFound } from 'next/navigation'
import type { Page } from 'contentlayer/generated'
import { getEmbeddablePages, getPage } from '@/lib/content/pages'
import { embedFromSegments, embedSegments } from '@/lib/routes'

/** Every embeddable page of every locale, as the embed route's segments (lib/routes.ts). */
export const embedParams = () => getEmbeddablePages().map((p) => ({ path: embedSegments(p.locale, p.slug) }))

/** The embeddable page an embed address names; anything else is a 404. */
export function embedPage(segments: string[]): Page {
  const where = embedFromSegments(segments)
  const page = where && getPage(where.locale, where.slug)
  if (!page || !page.embeddable) notFound()
  return page
}
