/**
 * The one registry of components MDX content may use. To add one: write it in
 * components/content/, allow it (with its props) in lib/mdx/allowed.ts, add it here, and list it
 * in docs/content-guide.md ("Components"). The type below makes every allowed component
 * registered here, and tests/unit/mdx-allow-list.test.ts that nothing else is.
 * `context: 'embed'` makes outside links open a new tab and page links absolute, so they leave the frame.
 */
import type { Resource, Urgent } from 'contentlayer/generated'
import type { MDXComponents } from 'mdx/types'
import type { ComponentProps, ReactNode } from 'react'
import { CiteMarker } from '@/components/citations/cite-marker'
import { ExternalLink } from '@/components/citations/external-link'
import { Callout, type CalloutProps } from '@/components/content/callout'
import { CallNow } from '@/components/content/call-now'
import { FirstAid } from '@/components/content/first-aid'
import { CiteGroup } from '@/components/citations/cite-group'
import { EmergencyNumber } from '@/components/content/emergency-number'
import { HelpDirectory } from '@/components/content/help-directory'
import { QuickCard } from '@/components/content/quick-card'
import { ResourceCard } from '@/components/content/resource-card'
import { Signpost } from '@/components/content/signpost'
import { TableWrap } from '@/components/content/table-wrap'
import type { CitationPlan } from '@/lib/citations/plan'
import type { AllowedComponentName, WriterProps } from '@/lib/mdx/allowed'
import { contentLink, type LinkTargets } from '@/lib/routes'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE } from '@/lib/model/taxonomy'

export interface MdxContext {
  context: 'site' | 'embed'
  plan: CitationPlan
  locale: string
  resources: Resource[]
  /** The urgent advice in the page's language (content/urgent/<locale>.yaml). */
  urgent: Urgent | undefined
  /** What `page:` links can reach (lib/content/pages.ts, getLinkTargets). */
  links: LinkTargets
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

/**
 * Overrides of the HTML that Markdown produces (links, tables, headings in embeds): not
 * elements a writer may type (lib/mdx/allow-list.ts rejects lower-case JSX).
 */
export const MARKDOWN_OVERRIDES = ['a', 'table', 'h2', 'h3', 'h4'] as const

/** `i` is the position the remark plugin gives each citing element (lib/citations/uses.ts); writers never type it. */
type Registered = {
  [K in AllowedComponentName]: (props: WriterProps<K> & { i: string; children: ReactNode }) => ReactNode
}

export function getMdxComponents(ctx: MdxContext) {
  const embed = ctx.context === 'embed'
  const toUrl = ctx.toUrl ?? ((p: string) => p)
  return {
    ...(embed ? embedHeadings : {}),
    a: ({ href = '', children }: ComponentProps<'a'>) => {
      if (/^https?:/.test(href))
        return (
          <ExternalLink href={href} newTab={embed} locale={ctx.locale}>
            {children}
          </ExternalLink>
        )
      if (href.startsWith('page:')) {
        const link = contentLink(href, ctx.locale, ctx.links)
        const url = toUrl(link.href)
        // A page not yet translated: the link goes to the English original and says so.
        const label = link.fallback ? (
          <>
            {children} <span className="link-lang">{messages(ctx.locale).chrome.inEnglish}</span>
          </>
        ) : (
          children
        )
        return embed ? (
          <ExternalLink href={url} newTab locale={ctx.locale} hrefLang={link.fallback ? DEFAULT_LOCALE : undefined}>
            {label}
          </ExternalLink>
        ) : (
          <a href={url} hrefLang={link.fallback ? DEFAULT_LOCALE : undefined}>
            {label}
          </a>
        )
      }
      return <a href={href}>{children}</a>
    },
    table: (props: ComponentProps<'table'>) => <TableWrap {...props} locale={ctx.locale} />,
    Cite: ({ i }: { i: string }) => <CiteMarker marker={ctx.plan.cite(Number(i))} locale={ctx.locale} />,
    // Adjacent <Cite /> elements, joined by the remark plugin (lib/citations/uses.ts) into one "[1, 2]".
    CiteGroup: ({ i }: { i: string }) => (
      <CiteGroup
        markers={words(i)
          .map((n) => ctx.plan.cite(Number(n)))
          .filter((m) => m !== undefined)}
        locale={ctx.locale}
      />
    ),
    Signpost,
    QuickCard: ({ children }: { children: ReactNode }) => (
      <QuickCard level={embed ? 3 : 2} locale={ctx.locale}>
        {children}
      </QuickCard>
    ),
    Callout: (props: CalloutProps) => <Callout {...props} />,
    HelpDirectory: ({ i, countries, kind }: { i: string; countries?: string; kind?: string }) => (
      <HelpDirectory
        i={Number(i)}
        countries={words(countries)}
        kinds={kind ? words(kind) : undefined}
        resources={ctx.resources}
        plan={ctx.plan}
        newTab={embed}
        level={embed ? 3 : 2}
        locale={ctx.locale}
      />
    ),
    ResourceCard: ({ i, id = '' }: { i: string; id?: string }) => {
      const r = ctx.resources.find((x) => x.id === id)
      return r ? (
        <ResourceCard
          resource={r}
          marker={ctx.plan.resource(Number(i), id)}
          newTab={embed}
          level={embed ? 4 : 3}
          locale={ctx.locale}
        />
      ) : null
    },
    CallNow: ({ i, variant }: { i: string; variant?: 'box' | 'card' }) => (
      <CallNow
        i={Number(i)}
        urgent={ctx.urgent}
        resources={ctx.resources}
        plan={ctx.plan}
        variant={variant}
        level={variant === 'card' ? (embed ? 4 : 3) : embed ? 3 : 2}
        locale={ctx.locale}
      />
    ),
    FirstAid: ({ i, show }: { i: string; show?: string }) => (
      <FirstAid
        i={Number(i)}
        urgent={ctx.urgent}
        plan={ctx.plan}
        show={words(show)}
        level={embed ? 4 : 3}
        locale={ctx.locale}
      />
    ),
    EmergencyNumber: ({ i, country = '' }: { i: string; country?: string }) => (
      <EmergencyNumber i={Number(i)} country={country} resources={ctx.resources} plan={ctx.plan} locale={ctx.locale} />
    ),
  } satisfies MDXComponents & Registered
}
