import type { Page } from 'contentlayer/generated'
import { References } from '@/components/citations/references'
import { MdxContent } from '@/components/mdx/mdx-content'
import { citationPlan, getAllResources, getSitePageSlugs } from '@/lib/content/pages'
import { embedUrl } from '@/lib/routes'
import { PageMeta } from './page-meta'

/** A health page on the site: title, summary, status, body, sources. */
export function TopicArticle({ page }: { page: Page }) {
  const plan = citationPlan(page)
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="lead">{page.summary}</p>
      <PageMeta page={page} />
      <MdxContent code={page.body.code} context="site" plan={plan} locale={page.locale} resources={getAllResources()} sitePages={getSitePageSlugs(page.locale)} />
      <References plan={plan} />
      {page.embeddable && (
        <p className="embed-note">
          Organisations may show this page on their own website. <a href={embedUrl(page.locale, page.slug)}>See it as an embed</a>.
        </p>
      )}
    </article>
  )
}
