import type { Page } from 'contentlayer/generated'
import { References } from '@/components/citations/references'
import { MdxContent } from '@/components/mdx/mdx-content'
import { citationPlan, getAllResources, getLinkTargets, getUrgent } from '@/lib/content/pages'
import { messages } from '@/lib/i18n'
import { REVIEW_STATUS_ID, embedUrl, pageFeedUrls } from '@/lib/routes'
import { ChangeHistory } from './change-history'
import { PageMeta } from './page-meta'

/**
 * A health page on the site: title, summary, status, body, sources. On urgent pages what to do
 * comes straight after the title, on the first screen of a phone; the status follows the text.
 */
export function TopicArticle({ page }: { page: Page }) {
  const plan = citationPlan(page)
  const urgent = page.urgency === 'urgent'
  const m = messages(page.locale).status
  return (
    // The page's own text is what search indexes (lib/build/search-index.ts); its status and sources are not.
    <article data-pagefind-body>
      <h1>{page.title}</h1>
      {/* On urgent pages the call box follows the title directly; the summary would push it off a phone's first screen. */}
      {!urgent && <p className="lead">{page.summary}</p>}
      {!urgent && <PageMeta page={page} />}
      <MdxContent
        code={page.body.code}
        context="site"
        plan={plan}
        locale={page.locale}
        resources={getAllResources(page.locale)}
        urgent={getUrgent(page.locale)}
        links={getLinkTargets(page.locale)}
      />
      {urgent && <PageMeta page={page} />}
      <References plan={plan} locale={page.locale} />
      <ChangeHistory
        changes={page.changes}
        locale={page.locale}
        reviewHref={`#${REVIEW_STATUS_ID}`}
        feeds={pageFeedUrls(page.locale, page.slug)}
      />
      {page.embeddable && (
        <p className="embed-note" data-pagefind-ignore>
          {m.embedNote} <a href={embedUrl(page.locale, page.slug)}>{m.embedLink}</a>.
        </p>
      )}
    </article>
  )
}
