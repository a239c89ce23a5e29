import type { SitePage } from 'contentlayer/generated'
import { MdxContent } from '@/components/mdx/mdx-content'
import { buildPlan } from '@/lib/citations/plan'
import { getSitePageSlugs } from '@/lib/content/pages'
import { formatDate } from '@/lib/dates'
import { describeGrade } from '@/lib/text/readability'

/** A policy page (about, privacy): plain-language checked; it states our rules, not health facts. */
export function SitePageArticle({ page }: { page: SitePage }) {
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="lead">{page.summary}</p>
      <MdxContent code={page.body.code} context="site" plan={buildPlan([], [], [])} locale={page.locale} resources={[]} urgent={undefined} sitePages={getSitePageSlugs(page.locale)} />
      <p className="page-meta">
        Last updated: {formatDate(page.updated)}. Reading level: {describeGrade(page.readingGrade)} (grade {page.readingGrade.toFixed(1)}).
      </p>
    </article>
  )
}
