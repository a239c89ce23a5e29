import { Rich } from '@/components/ui/rich'
import { handoutPlan, handoutVersion, type Handout } from '@/lib/content/handouts'
import { fill, t } from '@/lib/i18n'
import { absoluteUrl, countryHelpId, handoutUrl } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'
import { HandoutPart } from './handout-part'
import { HandoutSources } from './handout-sources'

/** A handout's title: its page's, or the help page's with the place ("Get help: South Korea"). */
export function handoutTitle(h: Handout): string {
  const l = t(h.locale)
  return h.country ? fill(l.m.handouts.placeTitle, { title: h.page.title, place: l.country(h.country) }) : h.page.title
}

/** A link whose text is its own full address, so the paper shows where it goes. */
const AddressLink = ({ path }: { path: string }) => <a href={path}>{absoluteUrl(path)}</a>

/**
 * One printed sheet (A4 or Letter; styles/handout.css): the title, a line that traces the paper
 * back to its version and address, what to do and whom to call (components/handouts/handout-part.tsx),
 * the short list of sources, and where the full page is.
 */
export function HandoutSheet({ handout }: { handout: Handout }) {
  const { locale, page, country } = handout
  const l = t(locale)
  const m = l.m.handouts
  const plan = handoutPlan(handout)
  const { date, version } = handoutVersion(handout)
  const full = country ? `${page.url}#${countryHelpId(country)}` : page.url
  return (
    <article className="handout" data-handout={handout.id} data-max-pages={handout.maxPages}>
      <p className="handout__label">{fill(m.label, { site: SITE_NAME })}</p>
      <h1>{handoutTitle(handout)}</h1>
      <p className="handout__trace">
        {fill(m.version, { version, date: l.date(date) })}{' '}
        <Rich text={m.address} values={{ url: <AddressLink path={handoutUrl(locale, handout.id)} /> }} />
      </p>
      {handout.uses.map((use) => (
        <HandoutPart key={use.index} use={use} plan={plan} locale={locale} />
      ))}
      <HandoutSources plan={plan} locale={locale} />
      <footer className="handout__foot">
        <p>{fill(m.notMedical, { site: SITE_NAME })}</p>
        <p>
          <Rich text={m.fullPage} values={{ url: <AddressLink path={full} /> }} />
        </p>
      </footer>
    </article>
  )
}
