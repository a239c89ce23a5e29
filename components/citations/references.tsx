import type { CitationPlan } from '@/lib/citations/plan'
import { fill, messages } from '@/lib/i18n'
import { sourceUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'
import { VisuallyHidden } from '@/components/ui/visually-hidden'
import { ExternalLink } from './external-link'
import { CheckedCopy, SourceMeta } from './source-meta'
import { readerUrl } from '@/lib/citations/format'

export interface ReferencesProps {
  plan: CitationPlan
  /** Language of the page the list ends. */
  locale: string
  /** Heading level, so embeds can fit the host page's outline. @defaultValue 2 */
  level?: 2 | 3 | 4
  /** Embeds open outside links in a new tab and link "about this source" to our site. */
  context?: 'site' | 'embed'
  /** Absolute-URL builder for embeds (links must leave the frame); identity on the site. */
  toUrl?: (path: string) => string
  /** Embeds: the page's canonical URL, where WordPress-framed embeds send citation clicks. */
  canonical?: string
}

/**
 * The numbered list of sources at the end of a page. Each entry gives the full reference, what
 * we used from it with a deep link to that passage, and links back to each place it is cited.
 */
export function References({
  plan,
  locale,
  level = 2,
  context = 'site',
  toUrl = (p) => p,
  canonical,
}: ReferencesProps) {
  const wp = (id: string) => (canonical ? `${canonical}#${id}` : undefined)
  if (plan.references.length === 0) return null
  const m = messages(locale).citations
  const Heading = `h${level}` as const
  const newTab = context === 'embed'
  return (
    <section className="references-section" aria-labelledby="references-heading" data-pagefind-ignore>
      <Heading id="references-heading">{m.heading}</Heading>
      <p>{m.intro}</p>
      <ol className="references">
        {plan.references.map((ref) => (
          <li key={ref.source.id} id={ref.targetId} value={ref.n}>
            <cite lang={ref.source.language}>
              <ExternalLink href={readerUrl(ref.source)} newTab={newTab} wpHref={wp(ref.targetId)} locale={locale}>
                {ref.source.title}
              </ExternalLink>
            </cite>
            . <SourceMeta source={ref.source} locale={locale} />{' '}
            <CheckedCopy source={ref.source} newTab={newTab} locale={locale} />
            {newTab ? (
              <ExternalLink href={toUrl(sourceUrl(ref.source.id, locale))} newTab locale={locale}>
                {fill(m.aboutSourceOnSite, { site: SITE_NAME })}
              </ExternalLink>
            ) : (
              <a href={sourceUrl(ref.source.id, locale)}>{m.aboutSource}</a>
            )}
            <ul>
              {ref.findings.map((f) => (
                <li key={f.id} id={f.targetId}>
                  {fill(m.whatWeUsed, { id: f.id })} {f.paraphrase}{' '}
                  <ExternalLink
                    href={f.href}
                    newTab={newTab}
                    className="deep-link"
                    wpHref={wp(f.targetId)}
                    locale={locale}
                  >
                    {m.readPassage}
                    <VisuallyHidden>{fill(m.inSource, { title: ref.source.title })}</VisuallyHidden>
                  </ExternalLink>
                  <span className="backlinks">
                    {' '}
                    {m.backToText}
                    {f.backlinks.map((id, k) => (
                      <a key={id} href={`#${id}`}>
                        <span aria-hidden="true">↩</span>
                        <VisuallyHidden>{m.place}</VisuallyHidden>
                        {k + 1}
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
