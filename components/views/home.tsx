import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { TopicIndex } from '@/components/page/topic-index'
import { getPages } from '@/lib/content/pages'
import { messages } from '@/lib/i18n'
import { helpUrl } from '@/lib/routes'

/** Emergency pages (overdose first): one tap from the home page (tests/e2e/journeys.spec.ts proves it). */
export function HomeView({ locale }: { locale: Locale }) {
  const m = messages(locale)
  const emergencies = getPages(locale).filter((p) => p.section === 'emergency')
  return (
    <>
      <LanguageSwitcher where={{ kind: 'home' }} locale={locale} />
      <h1>{m.site.tagline}</h1>
      <p className="lead">{m.home.lead}</p>
      <section className="panel panel--urgent" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">{m.home.urgentHeading}</h2>
        <ul>
          {emergencies.map((p) => (
            <li key={p.slug}>
              <a href={p.url}>
                <strong>{p.title}</strong>
              </a>
            </li>
          ))}
          <li>
            <a href={helpUrl(locale)}>{m.home.helpByCountry}</a>
          </li>
        </ul>
      </section>
      <h2 id="topics">{m.home.topics}</h2>
      <TopicIndex locale={locale} />
    </>
  )
}
