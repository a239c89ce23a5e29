/** The review kits (/review/ and /review/<slug>/), one view per kind for every locale's route. */
import type { Metadata } from 'next'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { notFound } from 'next/navigation'
import { ReviewIndex } from '@/components/review/review-index'
import { ReviewKitView } from '@/components/review/review-kit'
import { getPage, getPages, getReviewState } from '@/lib/content/pages'
import type { Locale } from '@/lib/model/taxonomy'
import { REVIEW_METADATA } from '@/lib/review/metadata'
import { reviewEntries, reviewKitFor } from '@/lib/content/review-kit'

export const reviewParams = (locale: Locale) => getPages(locale).map((p) => ({ slug: p.slug }))

export function reviewKitMetadata(locale: Locale, slug: string): Metadata {
  const page = getPage(locale, slug)
  return page ? { ...REVIEW_METADATA, title: `Review kit: ${page.title}` } : {}
}

export function ReviewKitRouteView({ locale, slug }: { locale: Locale; slug: string }) {
  const page = getPage(locale, slug)
  if (!page) notFound()
  return (
    <>
      <LanguageSwitcher where={{ kind: 'review', slug }} locale={locale} />
      <ReviewKitView page={page} kit={reviewKitFor(page)} state={getReviewState(page)} />
    </>
  )
}

export const reviewIndexMetadata: Metadata = { ...REVIEW_METADATA, title: 'Review kits for health professionals' }

export const ReviewIndexView = ({ locale }: { locale: Locale }) => (
  <>
    <LanguageSwitcher where={{ kind: 'review-index' }} locale={locale} />
    <ReviewIndex entries={reviewEntries(locale)} />
  </>
)
