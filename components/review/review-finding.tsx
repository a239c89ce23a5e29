import { ExternalLink } from '@/components/citations/external-link'
import { CheckedCopy, SourceMeta } from '@/components/citations/source-meta'
import { VisuallyHidden } from '@/components/ui/visually-hidden'
import { readerUrl } from '@/lib/citations/format'
import type { KitFinding } from '@/lib/review/kit'
import { sourceUrl } from '@/lib/routes'

/**
 * One finding a claim cites, as a reviewer needs it: our paraphrase, the source's own anchor
 * words, a deep link to that passage, and who published the source, when, and what kind it is.
 */
export function ReviewFinding({ finding: f, claim, locale }: { finding: KitFinding; claim: number; locale: string }) {
  const lang = f.source.language
  return (
    <li className="review-finding" data-finding={`${f.source.id} ${f.findingId}`}>
      <p>
        <strong>
          [{f.ref}] {f.findingId}:
        </strong>{' '}
        {f.paraphrase}
      </p>
      <p>
        Anchor words: <q lang={lang}>{f.anchor}</q>{' '}
        <ExternalLink href={f.deepLink} className="deep-link" locale={locale}>
          Read the passage
          <VisuallyHidden>
            {' '}
            for claim {claim}, {f.findingId}
          </VisuallyHidden>
        </ExternalLink>
      </p>
      <p className="review-finding__source">
        Source:{' '}
        <cite lang={lang}>
          <ExternalLink href={readerUrl(f.source)} locale={locale}>
            {f.source.title}
          </ExternalLink>
        </cite>
        . <SourceMeta source={f.source} locale={locale} /> <CheckedCopy source={f.source} locale={locale} />{' '}
        <a href={sourceUrl(f.source.id)}>
          About this source
          <VisuallyHidden>
            {' '}
            ({f.source.id}, for claim {claim})
          </VisuallyHidden>
        </a>
      </p>
    </li>
  )
}
