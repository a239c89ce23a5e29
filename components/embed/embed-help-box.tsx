import { ExternalLink } from '@/components/citations/external-link'
import { getUrgent } from '@/lib/content/pages'
import { messages } from '@/lib/i18n'
import { groupTitle, itemsShown } from '@/lib/model/urgent'
import { absoluteUrl, callSignsUrl, helpUrl } from '@/lib/routes'

/**
 * "Get help now" in every embed, like on every site page. The call signs come from the one
 * source of urgent advice (content/urgent/<locale>.yaml), shown folded so the box stays short;
 * their sources are on our overdose page, where the box links.
 */
export function EmbedHelpBox({ locale }: { locale: string }) {
  const urgent = getUrgent(locale)
  const signs = itemsShown(urgent, 'CallNow', [], 'card').filter((it) => it.group === 'call-signs')
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
      {signs.length > 0 && (
        <details>
          <summary>{groupTitle(urgent, 'call-signs')}</summary>
          <ul>
            {signs.map((it) => (
              <li key={it.id}>{it.text}</li>
            ))}
          </ul>
          <p>
            <ExternalLink href={absoluteUrl(callSignsUrl(locale))} newTab locale={locale}>
              {m.helpBoxSigns}
            </ExternalLink>
          </p>
        </details>
      )}
    </aside>
  )
}
