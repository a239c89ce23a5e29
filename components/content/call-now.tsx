import type { Resource, Urgent } from 'contentlayer/generated'
import { CiteGroup } from '@/components/citations/cite-group'
import { CiteMarker } from '@/components/citations/cite-marker'
import type { CitationPlan } from '@/lib/citations/plan'
import { selectResources } from '@/lib/citations/select-resources'
import { t } from '@/lib/i18n'
import { groupTitle, itemsShown } from '@/lib/model/urgent'
import { telHref } from '@/lib/phone'

export interface CallNowProps {
  i: number
  urgent: Urgent | undefined
  resources: Resource[]
  plan: CitationPlan
  /** `card`: inside the 60-second card, the signs and naloxone only, under a smaller heading. */
  variant?: 'box' | 'card'
  /** Level of the box's heading; the signs' heading is one below. @defaultValue 2 */
  level?: 2 | 3 | 4
  locale: string
}

/**
 * The call box: every covered place's emergency number as a tap-to-call link, then the signs
 * that mean "call now". Written once in content/urgent/<locale>.yaml, so every page, card and
 * embed says the same; a page cannot state its own call signs (lib/rules/urgent.ts).
 */
export function CallNow({ i, urgent, resources, plan, variant = 'box', level = 2, locale }: CallNowProps) {
  const l = t(locale)
  const items = itemsShown(urgent, 'CallNow', [], variant)
  const numbers = selectResources({ kind: 'urgent', index: i, component: 'CallNow', show: [], line: 0 }, resources, locale)
  const Heading = `h${level}` as const
  const Sub = `h${Math.min(level + 1, 5)}` as 'h3' | 'h4' | 'h5'
  const card = variant === 'card'
  const headingId = `call-now-${i}`
  const item = (id: string, text: string) => (
    <>
      {text}
      <CiteGroup markers={plan.urgent(i, id)} locale={locale} />
    </>
  )
  const numberList = (
    <ul className="emergency-numbers">
      {numbers.map((r) => {
        const phone = r.contacts.find((c) => c.method === 'phone')
        if (!phone) return null
        return (
          <li key={r.id}>
            <span className="place">{l.country(r.country)}</span>{' '}
            <a href={telHref(phone.value)} className="tel">
              {phone.label}
            </a>
            <CiteMarker marker={plan.resource(i, r.id)} locale={locale} />
          </li>
        )
      })}
    </ul>
  )
  const signs = items.filter((it) => it.group === 'call-signs')
  const lastSign = signs.at(-1)
  return (
    // The full box has the fixed id "call-now", so other pages can link to the signs (page:overamping#call-now).
    <section id={card ? undefined : 'call-now'} className={card ? 'call-now call-now--card' : 'panel panel--urgent call-now'} aria-labelledby={headingId} data-urgent="call-now">
      <Heading id={headingId}>{groupTitle(urgent, card ? 'call-signs' : 'call-now')}</Heading>
      {!card && numberList}
      {!card &&
        items
          .filter((it) => it.group === 'call-now')
          .map((it) => (
            <p key={it.id} data-item={it.id}>
              {item(it.id, it.text)}
            </p>
          ))}
      {!card && <Sub>{groupTitle(urgent, 'call-signs')}</Sub>}
      <ul className="call-signs">
        {signs
          .filter((it) => it !== lastSign)
          .map((it) => (
            <li key={it.id} data-item={it.id}>
              {item(it.id, it.text)}
            </li>
          ))}
      </ul>
      {lastSign && (
        <p className="any-one" data-item={lastSign.id}>
          <strong>{item(lastSign.id, lastSign.text)}</strong>
        </p>
      )}
      {card &&
        items
          .filter((it) => it.group !== 'call-signs')
          .map((it) => (
            <p key={it.id} data-item={it.id}>
              {item(it.id, it.text)}
            </p>
          ))}
      {card && numberList}
    </section>
  )
}
