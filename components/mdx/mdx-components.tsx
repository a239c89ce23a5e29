/**
 * The one registry of components MDX content may use. To add one: write it in
 * components/content/, add it here, and list it in docs/content-guide.md ("Components").
 * `context: 'embed'` makes outside links open a new tab and page links absolute, so they leave the frame.
 */
import type { Resource } from 'contentlayer/generated'
import type { MDXComponents } from 'mdx/types'
import type { ComponentProps, ReactNode } from 'react'
import { CiteMarker } from '@/components/citations/cite-marker'
import { ExternalLink } from '@/components/citations/external-link'
import { Callout, type CalloutProps } from '@/components/content/callout'
import { EmergencyNumber } from '@/components/content/emergency-number'
import { HelpDirectory } from '@/components/content/help-directory'
import { QuickCard } from '@/components/content/quick-card'
import { ResourceCard } from '@/components/content/resource-card'
import { Signpost } from '@/components/content/signpost'
import { TableWrap } from '@/components/content/table-wrap'
import type { CitationPlan } from '@/lib/citations/plan'
import { contentHref } from '@/lib/routes'

export interface MdxContext {
  context: 'site' | 'embed'
  plan: CitationPlan
  locale: string
  resources: Resource[]
  sitePages: readonly string[]
  /** Turns a site path into the URL a link should use (absolute in embeds). */
  toUrl?: (path: string) => string
}

const words = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean)

/** In an embed the page title is an h2, so body headings move one level down (h2 → h3 …). */
const embedHeadings = {
  h2: (p: ComponentProps<'h2'>) => <h3 {...p} />,
  h3: (p: ComponentProps<'h3'>) => <h4 {...p} />,
  h4: (p: ComponentProps<'h4'>) => <h5 {...p} />,
}

export function getMdxComponents(ctx: MdxContext) {
  const embed = ctx.context === 'embed'
  const toUrl = ctx.toUrl ?? ((p: string) => p)
  return {
    ...(embed ? embedHeadings : {}),
    a: ({ href = '', children }: ComponentProps<'a'>) => {
      if (/^https?:/.test(href)) return (
          <ExternalLink href={href} newTab={embed} locale={ctx.locale}>
            {children}
          </ExternalLink>
        )
      if (href.startsWith('page:')) {
        const url = toUrl(contentHref(href, ctx.locale, ctx.sitePages))
        return embed ? (
          <ExternalLink href={url} newTab locale={ctx.locale}>
            {children}
          </ExternalLink>
        ) : (
          <a href={url}>{children}</a>
        )
      }
      return <a href={href}>{children}</a>
    },
    table: (props: ComponentProps<'table'>) => <TableWrap {...props} locale={ctx.locale} />,
    Cite: ({ i }: { i: string }) => <CiteMarker marker={ctx.plan.cite(Number(i))} locale={ctx.locale} />,
    Signpost,
    QuickCard: ({ children }: { children: ReactNode }) => (
      <QuickCard level={embed ? 3 : 2} locale={ctx.locale}>
        {children}
      </QuickCard>
    ),
    Callout: (props: CalloutProps) => <Callout {...props} />,
    HelpDirectory: ({ i, countries }: { i: string; countries?: string }) => (
      <HelpDirectory i={Number(i)} countries={words(countries)} resources={ctx.resources} plan={ctx.plan} newTab={embed} level={embed ? 3 : 2} locale={ctx.locale} />
    ),
    ResourceCard: ({ i, id }: { i: string; id: string }) => {
      const r = ctx.resources.find((x) => x.id === id)
      return r ? <ResourceCard resource={r} marker={ctx.plan.resource(Number(i), id)} newTab={embed} level={embed ? 4 : 3} locale={ctx.locale} /> : null
    },
    EmergencyNumber: ({ i, country }: { i: string; country: string }) => (
      <EmergencyNumber i={Number(i)} country={country} resources={ctx.resources} plan={ctx.plan} locale={ctx.locale} />
    ),
  } satisfies MDXComponents
}

