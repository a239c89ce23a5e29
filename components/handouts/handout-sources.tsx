import { ExternalLink } from '@/components/citations/external-link'
import type { CitationPlan } from '@/lib/citations/plan'
import { readerUrl } from '@/lib/citations/format'
import { messages } from '@/lib/i18n'

/**
 * A handout's sources, short enough for its sheet: each source once, with its title, publisher and
 * address written out, so anyone holding the paper can look a fact up. The page the sheet comes
 * from has the full list (each finding, with a link to the passage).
 */
export function HandoutSources({ plan, locale }: { plan: CitationPlan; locale: string }) {
  if (plan.references.length === 0) return null
  const m = messages(locale).handouts
  return (
    <section className="handout-sources" aria-labelledby="handout-sources-heading">
      <h2 id="handout-sources-heading">{m.sourcesHeading}</h2>
      <p>{m.sourcesIntro}</p>
      <ol>
        {plan.references.map((ref) => (
          <li key={ref.source.id} id={ref.targetId} value={ref.n}>
            <cite lang={ref.source.language}>{ref.source.title}</cite>. {ref.source.publisher}.{' '}
            <ExternalLink href={readerUrl(ref.source)} className="url-shown" locale={locale}>
              {readerUrl(ref.source)}
            </ExternalLink>
          </li>
        ))}
      </ol>
    </section>
  )
}
