import type { Page } from 'contentlayer/generated'
import { References } from '@/components/citations/references'
import { MdxContent } from '@/components/mdx/mdx-content'
import { citationPlan, getAllResources, getLinkTargets, getUrgent } from '@/lib/content/pages'
import { REVIEW_STATUS_ID, absoluteUrl } from '@/lib/routes'
import { ChangeHistory } from '@/components/page/change-history'
import { messages } from '@/lib/i18n'
import { SITE_NAME } from '@/lib/site'
import { EmbedAttribution } from './embed-attribution'
import { EmbedHelpBox } from './embed-help-box'

/**
 * A page as NGOs embed it: the same content and citations as the site, headings one level down
 * (the host's page has its own h1), every outside link opening a new tab, and attribution last.
 */
export function EmbedArticle({ page }: { page: Page }) {
  const plan = citationPlan(page)
  const canonical = absoluteUrl(page.url)
  return (
    <div className="embed">
      <header className="embed-header">
        <strong>{SITE_NAME}</strong>
        <span>{messages(page.locale).embed.guide}</span>
      </header>
      <main>
        <h2 className="embed-title">{page.title}</h2>
        <p className="lead">{page.summary}</p>
        <EmbedHelpBox locale={page.locale} />
        <MdxContent
          code={page.body.code}
          context="embed"
          plan={plan}
          locale={page.locale}
          resources={getAllResources(page.locale)}
          urgent={getUrgent(page.locale)}
          links={getLinkTargets(page.locale)}
          toUrl={absoluteUrl}
        />
        <References
          plan={plan}
          locale={page.locale}
          level={3}
          context="embed"
          toUrl={absoluteUrl}
          canonical={canonical}
        />
        {/* Hidden in the WordPress card (styles/embed.css), which must fit 1000 px. */}
        <ChangeHistory changes={page.changes} locale={page.locale} reviewHref={`#${REVIEW_STATUS_ID}`} level={3} />
      </main>
      <EmbedAttribution page={page} />
    </div>
  )
}
