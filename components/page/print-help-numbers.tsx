import { Rich } from '@/components/ui/rich'
import { emergencyNumbers } from '@/lib/content/emergency-numbers'
import { t } from '@/lib/i18n'
import { absoluteUrl, helpUrl } from '@/lib/routes'

/**
 * On paper only (styles/site.css): every place's emergency number at the top of a printed topic
 * page, so a sheet printed from any page has them on its first side. The same list as the embed
 * help box (lib/content/emergency-numbers.ts); their sources are on the help page, whose address
 * is written out.
 */
export function PrintHelpNumbers({ locale }: { locale: string }) {
  const l = t(locale)
  return (
    <aside className="print-help" aria-label={l.m.embed.helpBoxLabel}>
      <p>
        <strong>{l.m.embed.helpBoxLead}</strong>
        {l.m.embed.helpBoxText}
      </p>
      <ul className="print-help__numbers">
        {emergencyNumbers(locale).map((n) => (
          <li key={`${n.country}-${n.value}`}>
            {l.country(n.country)} <strong>{n.label}</strong>
          </li>
        ))}
      </ul>
      <p>
        <Rich text={l.m.handouts.moreHelp} values={{ url: absoluteUrl(helpUrl(locale)) }} />
      </p>
    </aside>
  )
}
