/**
 * The same page in every published language: for the language switcher and the hreflang links
 * (components/layout/language-switcher.tsx). A page that is not yet translated has no alternate
 * in that language; the switcher then says so and offers that language's home page.
 */
import { DEFAULT_LOCALE, type Locale } from '../model/taxonomy'
import {
  handoutsUrl,
  handoutUrl,
  homeUrl,
  pageUrl,
  partnerUrl,
  reviewIndexUrl,
  reviewUrl,
  searchUrl,
  sitePageUrl,
  sourceUrl,
  sourcesUrl,
} from '../routes'
import { getPage, getPublishedLocales, getSitePage } from './pages'

/** Where a reader is: the kind of page and, for pages from content, which one. */
export type Where =
  | { kind: 'home' | 'sources' | 'partner' | 'review-index' | 'search' | 'handouts' }
  | { kind: 'handout'; id: string; slug: string }
  | { kind: 'topic' | 'review' | 'site'; slug: string }
  | { kind: 'source'; id: string }

export interface Alternate {
  locale: Locale
  /** The same page in that language, or that language's home page when it is not translated. */
  href: string
  exists: boolean
}

function urlIn(where: Where, locale: Locale): string | undefined {
  switch (where.kind) {
    case 'home':
      return homeUrl(locale)
    case 'sources':
      return sourcesUrl(locale)
    case 'partner':
      return partnerUrl(locale)
    case 'search':
      return searchUrl(locale)
    case 'review-index':
      return reviewIndexUrl(locale)
    case 'handouts':
      return handoutsUrl(locale)
    case 'handout':
      // A handout exists in a language when the page it is printed from does.
      return getPage(locale, where.slug) ? handoutUrl(locale, where.id) : undefined
    case 'source':
      return sourceUrl(where.id, locale)
    case 'topic':
      return getPage(locale, where.slug) ? pageUrl(locale, where.slug) : undefined
    case 'review':
      return getPage(locale, where.slug) ? reviewUrl(locale, where.slug) : undefined
    case 'site':
      return getSitePage(locale, where.slug) ? sitePageUrl(locale, where.slug) : undefined
  }
}

/** Every published language, the default first. */
export function alternates(where: Where): Alternate[] {
  return getPublishedLocales().map((locale) => {
    const href = urlIn(where, locale)
    return { locale, href: href ?? homeUrl(locale), exists: href !== undefined }
  })
}

/** hreflang → address for the pages that exist, with x-default on the English page. */
export function hreflangs(where: Where): Record<string, string> {
  const out: Record<string, string> = {}
  for (const a of alternates(where)) if (a.exists) out[a.locale] = a.href
  const fallback = out[DEFAULT_LOCALE]
  if (fallback) out['x-default'] = fallback
  return out
}
