import type { Locale } from '@/lib/model/taxonomy'
import { Rich } from '@/components/ui/rich'
import { messages } from '@/lib/i18n'
import { helpUrl, homeUrl } from '@/lib/routes'

/** The body of the 404 page: where a lost reader can go next. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const m = messages(locale).notFound
  return (
    <>
      <h1>{m.heading}</h1>
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
