import { getPages, getPagesBySection } from '@/lib/content/pages'
import { SECTIONS } from '@/lib/content/taxonomy'
import { helpUrl } from '@/lib/routes'
import { SITE_TAGLINE } from '@/lib/site'

/** Emergency pages (overdose first): one tap from the home page (tests/e2e/journeys.spec.ts proves it). */
export default function HomePage() {
  const emergencies = getPages('en').filter((p) => p.section === 'emergency')
  return (
    <>
      <h1>{SITE_TAGLINE}</h1>
      <p className="lead">Clear, private and free. Every fact links to where it came from. Nobody here will judge you.</p>
      <section className="panel panel--urgent" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">Is someone in danger right now?</h2>
        <ul>
          {emergencies.map((p) => (
            <li key={p.slug}>
              <a href={p.url}>
                <strong>{p.title}</strong>
              </a>
            </li>
          ))}
          <li>
            <a href={helpUrl()}>Emergency numbers and helplines by country</a>
          </li>
        </ul>
      </section>
      <h2 id="topics">Topics</h2>
      {getPagesBySection('en').map(({ section, pages }) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h3 id={`section-${section}`}>{SECTIONS[section]}</h3>
          <ul className="topic-list">
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={p.url}>{p.title}</a>
                <p>{p.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
