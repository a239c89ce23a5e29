import { Fragment } from 'react'
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
    <div data-print-only>
      <p>
        <strong>{l.m.embed.helpBoxLead}</strong>
        {l.m.embed.helpBoxText}
      </p>
      <p>
        {emergencyNumbers(locale).map((n, k) => (
          <Fragment key={`${n.country}-${n.value}`}>
            {k > 0 && ' · '}
            {l.country(n.country)} <strong>{n.label}</strong>
          </Fragment>
        ))}
      </p>
      <p>
        <Rich text={l.m.handouts.moreHelp} values={{ url: absoluteUrl(helpUrl(locale)) }} />
      </p>
    </div>
  )
}
