/** The handouts (/handouts/ and /handouts/<id>/), one view per kind for every locale's route. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { HandoutSheet, handoutTitle } from '@/components/handouts/handout-sheet'
import { getHandout, getHandouts, type Handout } from '@/lib/content/handouts'
import { fill, messages } from '@/lib/i18n'
import type { Locale } from '@/lib/model/taxonomy'
import { absoluteUrl, handoutsUrl, handoutUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

export const handoutParams = (locale: Locale) => getHandouts(locale).map((h) => ({ id: h.id }))

export function handoutsMetadata(locale: Locale): Metadata {
  const m = messages(locale).handouts
  return {
    title: m.title,
    description: fill(m.description, { site: SITE_NAME }),
    alternates: { canonical: absoluteUrl(handoutsUrl(locale)) },
  }
}

export function handoutMetadata(locale: Locale, id: string): Metadata {
  const h = getHandout(locale, id)
  if (!h) return {}
  return {
    title: `${handoutTitle(h)} – ${messages(locale).handouts.title}`,
    description: h.page.summary,
    alternates: { canonical: absoluteUrl(handoutUrl(locale, id)) },
  }
}

export function HandoutView({ locale, id }: { locale: Locale; id: string }) {
  const h = getHandout(locale, id)
  if (!h) notFound()
  return (
    <>
      <HandoutSheet handout={h} />
      <p className="handout-how">{messages(locale).handouts.howToPrint}</p>
      <LanguageSwitcher where={{ kind: 'handout', id, slug: h.page.slug }} locale={locale} />
    </>
  )
}

function HandoutList({ handouts, locale }: { handouts: Handout[]; locale: Locale }) {
  const m = messages(locale).handouts
  return (
    <ul className="handout-list">
      {handouts.map((h) => (
        <li key={h.id}>
          <a href={handoutUrl(locale, h.id)}>{handoutTitle(h)}</a> ({h.maxPages === 1 ? m.oneSide : m.twoSides})
        </li>
      ))}
    </ul>
  )
}

export function HandoutsIndexView({ locale }: { locale: Locale }) {
  const m = messages(locale).handouts
  const all = getHandouts(locale)
  return (
    <>
      <LanguageSwitcher where={{ kind: 'handouts' }} locale={locale} />
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <p>{m.howToPrint}</p>
      <h2>{m.topicsHeading}</h2>
      <HandoutList handouts={all.filter((h) => !h.country)} locale={locale} />
      <h2>{m.placesHeading}</h2>
      <HandoutList handouts={all.filter((h) => h.country)} locale={locale} />
    </>
  )
}
