import { ExternalLink } from '@/components/citations/external-link'
import { messages } from '@/lib/i18n'
import { absoluteUrl, helpUrl } from '@/lib/routes'

/** "Get help now" in every embed, like on every site page; it opens our help page in a new tab. */
export function EmbedHelpBox({ locale }: { locale: string }) {
  const m = messages(locale).embed
  return (
    <aside className="help-box" aria-label={m.helpBoxLabel}>
      <p>
        <strong>{m.helpBoxLead}</strong>
        {m.helpBoxText}{' '}
        <ExternalLink href={absoluteUrl(helpUrl(locale))} newTab locale={locale}>
          {m.helpBoxLink}
        </ExternalLink>
      </p>
    </aside>
  )
}
