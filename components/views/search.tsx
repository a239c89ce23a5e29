import type { Metadata } from 'next'
import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { TopicIndex } from '@/components/page/topic-index'
import { JsonData } from '@/components/page/json-data'
import { fill, messages } from '@/lib/i18n'
import { SEARCH_INDEX_ROOT, SEARCH_SCRIPT_URL, searchUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

export function searchMetadata(locale: Locale): Metadata {
  const m = messages(locale).search
  // A results page has nothing of its own to show a search engine.
  return { title: m.title, description: fill(m.description, { site: SITE_NAME }), robots: { index: false } }
}

/**
 * Search that never leaves the device (issue 10). The form works with public/search.js, which
 * loads Pagefind's index from our own origin (lib/build/search-index.ts) and lists the matching
 * pages; the query is never sent anywhere and never written into the address. Without JavaScript
 * the page is the full topic index, so a reader still finds every page.
 */
export function SearchView({ locale }: { locale: Locale }) {
  const m = messages(locale)
  return (
    <>
      <LanguageSwitcher where={{ kind: 'search' }} locale={locale} />
      <h1>{m.search.title}</h1>
      <form role="search" id="search-form" className="search-form" action={searchUrl(locale)} method="get">
        <label htmlFor="search-q">{m.search.label}</label>
        <input id="search-q" type="search" name="q" autoComplete="off" spellCheck={false} />
        <button type="submit" className="button">
          {m.search.button}
        </button>
      </form>
      <p className="search-privacy">{m.search.privacy}</p>
      <div id="search-results" className="search-results" role="status" />
      <h2 id="all-topics">{m.search.allTopics}</h2>
      <TopicIndex locale={locale} />
      <JsonData
        id="search-data"
        data={{
          bundle: SEARCH_INDEX_ROOT,
          loading: m.search.loading,
          results: m.search.results,
          noResults: m.search.noResults,
          failed: m.search.failed,
        }}
      />
      <script src={SEARCH_SCRIPT_URL} defer />
    </>
  )
}
