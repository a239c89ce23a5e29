/**
 * Printable handouts (issue 10 §3): one sheet of A4 or Letter paper for each urgent topic, and one
 * per place in the help directory with that place's numbers. A handout shows only what its urgent
 * page already shows (the call box, first-aid steps and helplines, from content/urgent and
 * content/resources), rendered by the same components, so a printed sheet can never say something
 * the site does not. It has its own citation plan, so its markers and its short list of sources
 * number just what the sheet shows.
 */
import { createHash } from 'node:crypto'
import type { Page } from 'contentlayer/generated'
import { withReferenceTargets, type CitationPlan } from '../citations/plan'
import { countriesFor, selectResources } from '../citations/select-resources'
import type { Use } from '../citations/uses'
import type { Locale } from '../model/taxonomy'
import { itemsShown } from '../model/urgent'
import { HELP_SLUG, OVERDOSE_SLUG } from '../routes'
import { getAllResources, getPage, getUrgent, pageUses, planOf } from './pages'

/** The urgent topics printed whole (their call box, first aid and helplines), in the order listed. */
export const HANDOUT_TOPICS = [OVERDOSE_SLUG, 'mental-health-crisis'] as const
const PLACE_PREFIX = `${HELP_SLUG}-`

/**
 * Printed pages a handout may take (one sheet, both sides = 2). The overdose sheet has five groups
 * of first-aid steps. The mental-health crisis sheet lists every place's crisis lines (17 services
 * in 11 places) and so cites about 30 sources: at a size people can read, its sources run onto the
 * back. A place's sheet fits on one side.
 */
const MAX_PAGES: Record<string, 1 | 2> = { [OVERDOSE_SLUG]: 2, 'mental-health-crisis': 2 }

export interface Handout {
  /** The handout's URL segment: a topic's slug, or `get-help-<place>` (`get-help-kr`). */
  id: string
  locale: Locale
  /** The urgent page it is printed from: its title, address and language twins. */
  page: Page
  /** A place's handout: the place (a COUNTRIES code). */
  country?: string
  /** What the sheet shows, in order: the page's own urgent and helpline elements, numbered afresh. */
  uses: Use[]
  maxPages: 1 | 2
}

/** A topic handout: every call box, first-aid block and helpline list of its page, in the page's order. */
function topicHandout(page: Page): Handout {
  const uses = pageUses(page)
    .filter((u) => u.kind !== 'cite')
    .map((u, index) => ({ ...u, index }))
  return { id: page.slug, locale: page.locale as Locale, page, uses, maxPages: MAX_PAGES[page.slug] ?? 1 }
}

/** The places the help page lists, the reader's own first (LOCAL_COUNTRIES), each a handout with that place's services. */
function placeHandouts(page: Page): Handout[] {
  const listed = new Set(
    pageUses(page).flatMap((u) => (u.kind === 'resources' && u.component === 'HelpDirectory' ? u.countries : [])),
  )
  return countriesFor(page.locale)
    .filter((c) => listed.has(c))
    .map((country) => ({
      id: `${PLACE_PREFIX}${country.toLowerCase()}`,
      locale: page.locale as Locale,
      page,
      country,
      uses: [{ kind: 'resources', index: 0, component: 'HelpDirectory', countries: [country], ids: [], line: 0 }],
      maxPages: 1,
    }))
}

/** Every handout in a language: the urgent topics, then one per place. None for a page not in that language. */
export function getHandouts(locale: Locale): Handout[] {
  const topics = HANDOUT_TOPICS.map((slug) => getPage(locale, slug)).filter((p): p is Page => !!p)
  const help = getPage(locale, HELP_SLUG)
  return [...topics.map(topicHandout), ...(help ? placeHandouts(help) : [])]
}

export const getHandout = (locale: Locale, id: string) => getHandouts(locale).find((h) => h.id === id)
/** The handout printed from a topic page, if it has one (its place handouts are listed on /handouts/). */
export const handoutOfPage = (page: Page) => getHandout(page.locale as Locale, page.slug)

/**
 * The sheet's citations: numbered for the sheet alone, each marker pointing at its source in the
 * short list (a sheet lists each source once, with its address, not every finding).
 */
export const handoutPlan = (h: Handout): CitationPlan => withReferenceTargets(planOf(h.uses, h.locale))

/** What the sheet shows as data: its urgent advice and the services it lists, for its version. */
function shown(h: Handout) {
  const urgent = getUrgent(h.locale)
  const resources = getAllResources(h.locale)
  return h.uses.map((u) => ({
    items: u.kind === 'urgent' ? itemsShown(urgent, u.component, u.show, u.variant) : [],
    resources: selectResources(u, resources, h.locale),
  }))
}

/**
 * The sheet's version, printed on it so a sheet found in a drawer can be checked against the site:
 * the latest date anything on it was checked (the page's review, each service's check) and a
 * short hash of everything it shows. Any change to a step or a number changes it.
 */
export function handoutVersion(h: Handout): { date: string; version: string } {
  const data = shown(h)
  const dates = [h.page.lastReviewed, ...data.flatMap((d) => d.resources.map((r) => r.checkedOn))]
  const date = dates.sort().at(-1)!
  const hash = createHash('sha256')
    .update(JSON.stringify([h.page.title, h.country ?? '', data]))
    .digest('hex')
    .slice(0, 7)
  return { date, version: `${date}.${hash}` }
}
