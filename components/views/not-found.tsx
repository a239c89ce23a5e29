import type { Locale } from '@/lib/model/taxonomy'
import { Rich } from '@/components/ui/rich'
import { messages } from '@/lib/i18n'
import { getPublishedLocales } from '@/lib/content/pages'
import { helpUrl, homeUrl } from '@/lib/routes'

/** The body of the 404 page: where a lost reader can go next. */
export function NotFoundView({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundText locale={locale} first />
      {/* One static file serves every unknown address, so it speaks every published language. */}
      {getPublishedLocales()
        .filter((l) => l !== locale)
        .map((l) => (
          <section key={l} lang={l} className="not-found__other">
            <NotFoundText locale={l} />
          </section>
        ))}
    </>
  )
}

function NotFoundText({ locale, first = false }: { locale: Locale; first?: boolean }) {
  const m = messages(locale).notFound
  const Heading = first ? 'h1' : 'h2'
  return (
    <>
      <Heading>{m.heading}</Heading>
      <p className="lead">{m.lead}</p>
      <ul>
        <li>
          <Rich text={m.help} values={{ link: <a href={helpUrl(locale)}>{m.helpLink}</a> }} />
        </li>
        <li>
          <Rich text={m.home} values={{ link: <a href={homeUrl(locale)}>{m.homeLink}</a> }} />
        </li>
      </ul>
    </>
  )
}
