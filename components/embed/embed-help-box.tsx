import { ExternalLink } from '@/components/citations/external-link'
import { absoluteUrl, helpUrl } from '@/lib/routes'

/** "Get help now" in every embed, like on every site page; it opens our help page in a new tab. */
export function EmbedHelpBox() {
  return (
    <aside className="help-box" aria-label="Get help now">
      <p>
        <strong>Get help now.</strong> If someone is in danger, call your local emergency number.{' '}
        <ExternalLink href={absoluteUrl(helpUrl())} newTab>
          Helplines by country
        </ExternalLink>
      </p>
    </aside>
  )
}
