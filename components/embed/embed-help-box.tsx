import { ExternalLink } from '@/components/citations/external-link'
import { getUrgent } from '@/lib/content/pages'
import { emergencyNumbers } from '@/lib/content/emergency-numbers'
import { t } from '@/lib/i18n'
import { groupTitle, itemsShown } from '@/lib/model/urgent'
import { telHref } from '@/lib/phone'
import { absoluteUrl, callSignsUrl, countryHelpId, helpUrl } from '@/lib/routes'

/**
 * "Get help now" in every embed, like on every site page: each covered place's emergency number
 * (the reader's own places first), each place linking to its section of our help page, where the
 * number is cited. The call signs come from the one source of urgent advice
 * (content/urgent/<locale>.yaml), shown folded so the box stays short; their sources are on our
 * overdose page, where the box links (in WordPress's card the folded signs give way to that link, since
 * opening them would grow the card past WordPress's cap). In WordPress's sandbox a number cannot be tapped, so the
 * child script shows it as large text to read or copy (lib/embed/child-script.js).
 */
export function EmbedHelpBox({ locale }: { locale: string }) {
  const urgent = getUrgent(locale)
  const signs = itemsShown(urgent, 'CallNow', [], 'card').filter((it) => it.group === 'call-signs')
  const numbers = emergencyNumbers(locale)
  const l = t(locale)
  const m = l.m.embed
  return (
    <aside className="help-box" aria-label={m.helpBoxLabel}>
      <p>
        <strong>{m.helpBoxLead}</strong>
        {m.helpBoxText}
      </p>
      <ul className="help-numbers">
        {numbers.map((n) => (
          <li key={`${n.country}-${n.value}`}>
            <ExternalLink href={`${absoluteUrl(helpUrl(locale))}#${countryHelpId(n.country)}`} newTab locale={locale}>
              {l.country(n.country)}
            </ExternalLink>{' '}
            <a href={telHref(n.value)} className="tel">
              {n.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="help-more">
        <ExternalLink href={absoluteUrl(helpUrl(locale))} newTab locale={locale}>
          {m.helpBoxLink}
        </ExternalLink>
        {' · '}
        <ExternalLink href={absoluteUrl(callSignsUrl(locale))} newTab locale={locale}>
          {m.helpBoxSigns}
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
        </details>
      )}
    </aside>
  )
}
