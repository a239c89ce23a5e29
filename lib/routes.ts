/**
 * The only place URLs are built. Pages, embeds, JSON-LD, sitemaps, oEmbed and the embed snippet
 * all call these, so a URL scheme change is one edit.
 *
 * Scheme: English (the default locale) has no prefix; other locales live under /<locale>/,
 * lower-cased (/zh-hans/topics/…), so adding a language never moves an English page.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './content/taxonomy'
import { SITE_URL } from './site'

const prefix = (locale: Locale | string) => (locale === DEFAULT_LOCALE ? '' : `/${localeSegment(locale)}`)

/** A translated locale as a URL segment ('zh-Hans' → 'zh-hans'), and back (undefined if it is none). */
export const localeSegment = (locale: Locale | string) => locale.toLowerCase()
export const localeFromSegment = (segment: string): Locale | undefined => LOCALES.find((l) => l !== DEFAULT_LOCALE && localeSegment(l) === segment)

/**
 * The path segments of an embed after /embed/v1/ ([slug], or [locale, slug]) and back: the embed
 * route is one catch-all, so every locale's embeds share one root layout.
 */
export const embedSegments = (locale: Locale | string, slug: string) => (locale === DEFAULT_LOCALE ? [slug] : [localeSegment(locale), slug])
export function embedFromSegments(segments: readonly string[]): { locale: Locale; slug: string } | undefined {
  if (segments.length === 1) return { locale: DEFAULT_LOCALE, slug: segments[0]! }
  const locale = segments.length === 2 ? localeFromSegment(segments[0]!) : undefined
  return locale ? { locale, slug: segments[1]! } : undefined
}

export const homeUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/`
export const pageUrl = (locale: Locale | string, slug: string) => `${prefix(locale)}/topics/${slug}/`
/** Site pages (about, privacy) sit at the top level: /about/ */
export const sitePageUrl = (locale: Locale | string, slug: string) => `${prefix(locale)}/${slug}/`
export const sourcesUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/sources/`
export const sourceUrl = (id: string, locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/sources/${id}/`
/** The partner page (embed builder) of a locale: /embed/ */
export const partnerUrl = (locale: Locale | string = DEFAULT_LOCALE) => `${prefix(locale)}/embed/`
export const embedUrl = (locale: Locale | string, slug: string) => `/embed/v1${prefix(locale)}/${slug}/`
export const oembedUrl = (locale: Locale | string, slug: string) => `/oembed${prefix(locale)}/${slug}.json`
export const apiPageUrl = (locale: Locale | string, slug: string) => `/api/v1/pages${prefix(locale)}/${slug}.json`

/** The page every "Get help now" link opens (WCAG 3.2.6 Consistent Help: same place, every page). */
export const HELP_SLUG = 'get-help'
export const helpUrl = (locale: Locale | string = DEFAULT_LOCALE) => pageUrl(locale, HELP_SLUG)
export const countryHelpId = (country: string) => `help-${country.toLowerCase()}`

/** Anchors for citations (components/citations). */
export const refId = (source: string, finding?: string) => (finding ? `ref-${source}-${finding}` : `ref-${source}`)
export const markerId = (index: number, suffix?: string) => (suffix ? `cite-${index}-${suffix}` : `cite-${index}`)

export const absoluteUrl = (path: string) => `${SITE_URL}${path}`

/** Pages built by app/ routes rather than from content, which content may link to as `page:<name>`. */
export const APP_PAGES: Record<string, (locale: Locale | string) => string> = {
  home: homeUrl,
  sources: sourcesUrl,
}

/** Resolves a content link: `page:slug#part` becomes the page URL; other links pass through. */
export function contentHref(href: string, locale: Locale | string, sitePages: readonly string[] = []): string {
  if (!href.startsWith('page:')) return href
  const [slug = '', hash] = href.slice(5).split('#')
  const app = APP_PAGES[slug]
  const url = app ? app(locale) : sitePages.includes(slug) ? sitePageUrl(locale, slug) : pageUrl(locale, slug)
  return hash ? `${url}#${hash}` : url
}
