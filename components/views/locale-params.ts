/**
 * Static params for the translated locales' routes (app/(site-intl)/[locale]/…). Each route
 * returns every locale's params in one list, because Next's static export refuses a
 * generateStaticParams call that returns nothing: a locale missing one kind of page must not
 * fail the build while another locale has it.
 */
import { notFound } from 'next/navigation'
import { getTranslatedLocales } from '@/lib/content/pages'
import type { Locale } from '@/lib/model/taxonomy'
import { localeFromSegment, localeSegment } from '@/lib/routes'

export const localeParams = () => getTranslatedLocales().map((l) => ({ locale: localeSegment(l) }))

/** `{ locale, …p }` for every translated locale and each of its params `p`. */
export const perLocaleParams = <P extends object>(paramsOf: (locale: Locale) => P[]) =>
  getTranslatedLocales().flatMap((l) => paramsOf(l).map((p) => ({ locale: localeSegment(l), ...p })))

/** The locale an address segment names ('zh-hans' → 'zh-Hans'); anything else is a 404. */
export function localeOf(segment: string): Locale {
  const locale = localeFromSegment(segment)
  if (!locale) notFound()
  return locale
}
