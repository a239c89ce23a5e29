import type { Resource } from 'contentlayer/generated'
import { CiteMarker } from '@/components/citations/cite-marker'
import { ExternalLink } from '@/components/citations/external-link'
import type { Marker } from '@/lib/citations/plan'
import type { ContactType } from '@/lib/model/taxonomy'
import { t } from '@/lib/i18n'
import { smsHref, telHref } from '@/lib/phone'

export interface ResourceCardProps {
  resource: Resource
  marker: Marker | undefined
  /** @defaultValue 3 */
  level?: 3 | 4
  newTab?: boolean
  locale: string
}

export function ContactLink({ method, value, label, newTab, locale }: { method: string; value: string; label: string; newTab: boolean; locale: string }) {
  const verb = t(locale).m.labels.contactTypes[method as ContactType] ?? method
  if (method === 'phone' || method === 'tty') return <a href={telHref(value)}>{`${verb} ${label}`}</a>
  if (method === 'sms') return <a href={smsHref(value)}>{`${verb} ${label}`}</a>
  if (method === 'web') return <ExternalLink href={value} newTab={newTab} locale={locale}>{`${verb}: ${label}`}</ExternalLink>
  // WhatsApp and WeChat: shown, not linked; a link would go through another company's site.
  return <span>{`${verb}: ${label}`}</span>
}

/** One helpline or service, with tap-to-call links, the facts a caller needs and its source. */
export function ResourceCard({ resource: r, marker, level = 3, newTab = false, locale }: ResourceCardProps) {
  const l = t(locale)
  const m = l.m.content
  const Heading = `h${level}` as const
  const facts: [string, string | undefined][] = [
    [m.hours, r.hours],
    [m.cost, r.cost],
    [m.languages, r.languages?.join(', ')],
    [m.privacy, r.confidentiality],
    [m.goodToKnow, r.caveat],
  ]
  return (
    <article className="resource" aria-labelledby={`res-${r.id}`}>
      <Heading id={`res-${r.id}`}>
        {r.name}
        {r.region ? ` (${r.region})` : ''}
      </Heading>
      <p>
        {r.description}
        <CiteMarker marker={marker} locale={locale} />
      </p>
      <ul className="contact-links">
        {r.contacts.map((c) => (
          <li key={`${c.method}-${c.value}`}>
            <ContactLink method={c.method} value={c.value} label={c.label} newTab={newTab} locale={locale} />
          </li>
        ))}
      </ul>
      <dl>
        {facts
          .filter((f): f is [string, string] => Boolean(f[1]))
          .map(([k, v]) => (
            <div key={k} className="fact">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        <dt>{m.checked}</dt>
        <dd>{l.date(r.checkedOn)}</dd>
      </dl>
    </article>
  )
}
