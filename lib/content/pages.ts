/**
 * The content access layer: routes and components get content only through these functions,
 * never by searching Contentlayer's arrays themselves.
 */
import { allPages, allResources, allResourceTexts, allReviewRecords, allSitePages, allSources, allUrgents, type Page, type Resource, type SitePage, type Source, type Urgent } from 'contentlayer/generated'
import { readerHash } from './version'
import type { LinkTargets } from '../routes'
import { translationState, type TranslationState } from './translation-state'
import { buildPlan, type CitationPlan } from '../citations/plan'
import type { Use } from '../citations/uses'
import { sortResources } from '../citations/select-resources'
import { recordFor, reviewState, type ReviewState } from '../review/status'
import { pageUses } from './accessors'
import { contentHash } from '../model/content-hash'
import { DEFAULT_LOCALE, LOCALES, SECTIONS, type Locale, type Section } from '../model/taxonomy'

export { pageClaims, pageReviewStatus, pageUses } from './accessors'

const bySectionOrder = (a: Page, b: Page) =>
  Object.keys(SECTIONS).indexOf(a.section) - Object.keys(SECTIONS).indexOf(b.section) ||
  (a.order ?? 100) - (b.order ?? 100) ||
  a.title.localeCompare(b.title)

export const getAllPages = (): Page[] => [...allPages].sort(bySectionOrder)
export const getPages = (locale: Locale | string = DEFAULT_LOCALE) => getAllPages().filter((p) => p.locale === locale)
export const getPage = (locale: string, slug: string) => allPages.find((p) => p.locale === locale && p.slug === slug)
export const getEmbeddablePages = (locale?: Locale | string) => getAllPages().filter((p) => p.embeddable && (!locale || p.locale === locale))

/** Locales other than the default that have pages: each gets /<locale>/… (app/(site-intl)). */
export const getTranslatedLocales = (): Locale[] => LOCALES.filter((l) => l !== DEFAULT_LOCALE && allPages.some((p) => p.locale === l))
/** Every locale with pages, the default first. */
export const getPublishedLocales = (): Locale[] => [DEFAULT_LOCALE, ...getTranslatedLocales()]

export function getPagesBySection(locale: Locale | string = DEFAULT_LOCALE): { section: Section; pages: Page[] }[] {
  const pages = getPages(locale)
  return (Object.keys(SECTIONS) as Section[]).map((section) => ({ section, pages: pages.filter((p) => p.section === section) })).filter((g) => g.pages.length)
}

export const getSitePage = (locale: string, slug: string): SitePage | undefined => allSitePages.find((p) => p.locale === locale && p.slug === slug)
export const getSitePageSlugs = (locale: string = DEFAULT_LOCALE) => allSitePages.filter((p) => p.locale === locale).map((p) => p.slug)
const pageSlugs = (locale: string) => allPages.filter((p) => p.locale === locale).map((p) => p.slug)
/** What `page:` links in a page of this language can reach, here and in English (lib/routes.ts, contentLink). */
export const getLinkTargets = (locale: string): LinkTargets => ({
  pages: pageSlugs(locale),
  sitePages: getSitePageSlugs(locale),
  englishPages: pageSlugs(DEFAULT_LOCALE),
  englishSitePages: getSitePageSlugs(DEFAULT_LOCALE),
})

export const getAllSources = (): Source[] => [...allSources].sort((a, b) => a.title.localeCompare(b.title))
export const getSource = (id: string) => allSources.find((s) => s.id === id)

/**
 * Every helpline, its reader-facing text in `locale` where a translation exists
 * (content/resource-text/<locale>/<id>.yaml); numbers, sources and dates are the resource's own.
 */
export function getAllResources(locale: string = DEFAULT_LOCALE): Resource[] {
  const sorted = sortResources([...allResources], locale)
  if (locale === DEFAULT_LOCALE) return sorted
  const texts = new Map(allResourceTexts.filter((t) => t.locale === locale).map((t) => [t.id, t]))
  return sorted.map((r) => {
    const text = texts.get(r.id)
    if (!text) return r
    const { name, description, hours, cost, confidentiality, caveat } = text
    return { ...r, name, description, hours, cost, confidentiality, caveat }
  })
}
export const getResource = (id: string) => allResources.find((r) => r.id === id)

/** Pages whose citations (inline or through resources they show) include `sourceId`. */
export function pagesCiting(sourceId: string): Page[] {
  return getAllPages().filter((p) => citationPlan(p).references.some((r) => r.source.id === sourceId))
}

/** The urgent advice in a language (content/urgent/<locale>.yaml); the check makes sure it exists. */
export const getUrgent = (locale: string): Urgent | undefined => allUrgents.find((u) => u.locale === locale)

/** The numbered citations of what a page in `locale` shows (lib/citations/plan.ts): a page's body, or a handout. */
export const planOf = (uses: Use[], locale: string): CitationPlan => buildPlan(uses, [...allSources], [...allResources], getUrgent(locale), locale)

const plans = new Map<string, CitationPlan>()
/** The numbered citations of a page (lib/citations/plan.ts). */
export function citationPlan(page: Page): CitationPlan {
  if (!plans.has(page._id)) plans.set(page._id, planOf(pageUses(page), page.locale))
  return plans.get(page._id)!
}

/** The hash a reviewer signs: the page's text and the urgent advice it shows (lib/content/version.ts). */
export const getReaderHash = (page: Page): string => readerHash(page, getUrgent(page.locale))
export const getReviewState = (page: Page): ReviewState => reviewState({ ...page, contentHash: getReaderHash(page) }, recordFor(allReviewRecords, page))

/**
 * A translated page or site page against its English original (lib/content/translation-state.ts);
 * undefined for English pages and for a translation whose English page is gone (the check refuses it).
 */
export function getTranslationState(doc: Page | SitePage): TranslationState | undefined {
  if (doc.locale === DEFAULT_LOCALE || !doc.translatedFrom) return undefined
  const isPage = doc.type === 'Page'
  const en = isPage ? getPage(DEFAULT_LOCALE, doc.slug) : getSitePage(DEFAULT_LOCALE, doc.slug)
  if (!en) return undefined
  return translationState(doc.translatedFrom, {
    file: `content/${en._raw.sourceFilePath}`,
    contentHash: en.type === 'Page' ? en.contentHash : contentHash(en.body.raw),
    url: en.url,
    reviewed: en.type === 'Page' ? en.lastReviewed : en.updated,
  })
}
