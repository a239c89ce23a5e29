import type { Locale } from '@/lib/model/taxonomy'
import { getPagesBySection } from '@/lib/content/pages'
import { messages } from '@/lib/i18n'

/** Every topic page of a language by section, with its summary: on the home page and the search page. */
export function TopicIndex({ locale }: { locale: Locale }) {
  const m = messages(locale)
  return getPagesBySection(locale).map(({ section, pages }) => (
    <section key={section} aria-labelledby={`section-${section}`}>
      <h3 id={`section-${section}`}>{m.labels.sections[section]}</h3>
      <ul className="topic-list">
        {pages.map((p) => (
          <li key={p.slug}>
            <a href={p.url}>{p.title}</a>
            <p>{p.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  ))
}
