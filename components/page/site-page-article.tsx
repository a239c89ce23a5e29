import type { SitePage } from 'contentlayer/generated'
import { MdxContent } from '@/components/mdx/mdx-content'
import { buildPlan } from '@/lib/citations/plan'
import { getLinkTargets, getTranslationState } from '@/lib/content/pages'
import { fill, t } from '@/lib/i18n'
import { ChangeHistory } from './change-history'
import { ReadingLevel } from './page-meta'
import { TranslationNotice } from './translation-notice'

/** A policy page (about, privacy): plain-language checked; it states our rules, not health facts. */
export function SitePageArticle({ page }: { page: SitePage }) {
  const l = t(page.locale)
  return (
    <article data-pagefind-body>
      <h1>{page.title}</h1>
      <p className="lead">{page.summary}</p>
      <TranslationNotice state={getTranslationState(page)} locale={page.locale} />
      <MdxContent
        code={page.body.code}
        context="site"
        plan={buildPlan([], [], [])}
        locale={page.locale}
        resources={[]}
        urgent={undefined}
        links={getLinkTargets(page.locale)}
      />
      <p className="page-meta" data-pagefind-ignore>
        {fill(l.m.status.updated, { date: l.date(page.updated) })}{' '}
        <ReadingLevel grade={page.readingGrade} locale={page.locale} />
      </p>
      <ChangeHistory changes={page.changes} locale={page.locale} />
    </article>
  )
}
