import { CallNow } from '@/components/content/call-now'
import { FirstAid } from '@/components/content/first-aid'
import { HelpDirectory } from '@/components/content/help-directory'
import type { CitationPlan } from '@/lib/citations/plan'
import { selectResources } from '@/lib/citations/select-resources'
import type { Use } from '@/lib/citations/uses'
import { getAllResources, getUrgent } from '@/lib/content/pages'
import { messages } from '@/lib/i18n'
import { HandoutLines } from './handout-lines'

/**
 * One element of a handout, drawn by the component its page uses (the call box, first aid, the
 * help directory), so the sheet says exactly what the page says. A helpline list of many places
 * becomes one line per service; one place's list keeps its full cards (hours, cost, privacy).
 */
export function HandoutPart({ use, plan, locale }: { use: Use; plan: CitationPlan; locale: string }) {
  const urgent = getUrgent(locale)
  const resources = getAllResources(locale)
  if (use.kind === 'urgent' && use.component === 'CallNow')
    return <CallNow i={use.index} urgent={urgent} resources={resources} plan={plan} locale={locale} />
  if (use.kind === 'urgent')
    return <FirstAid i={use.index} urgent={urgent} plan={plan} show={use.show} level={2} locale={locale} />
  if (use.kind !== 'resources') return null
  if (use.countries.length > 1) {
    const m = messages(locale).handouts
    return (
      <section aria-labelledby={`lines-${use.index}`}>
        <h2 id={`lines-${use.index}`}>{use.kinds?.includes('crisis-line') ? m.crisisLines : m.helplines}</h2>
        <HandoutLines i={use.index} resources={selectResources(use, resources, locale)} plan={plan} locale={locale} />
      </section>
    )
  }
  return (
    <HelpDirectory
      i={use.index}
      countries={use.countries}
      {...(use.kinds ? { kinds: use.kinds } : {})}
      resources={resources}
      plan={plan}
      locale={locale}
    />
  )
}
