import type { Where } from '@/lib/content/alternates'
import { alternates, hreflangs } from '@/lib/content/alternates'
import { fill, messages } from '@/lib/i18n'
import { absoluteUrl } from '@/lib/routes'

/** A language's name in that language ("简体中文", "한국어"), as its readers look for it. */
const ownName = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale

/**
 * The same page in the other languages, as plain links (no JavaScript), and the hreflang links
 * search engines use. React places the <link> elements in the document head. A page not yet
 * translated says so and links to that language's home page.
 */
export function LanguageSwitcher({ where, locale }: { where: Where; locale: string }) {
  const m = messages(locale).chrome
  const others = alternates(where).filter((a) => a.locale !== locale)
  if (others.length === 0) return null
  return (
    <>
      {Object.entries(hreflangs(where)).map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={absoluteUrl(href)} />
      ))}
      <nav className="lang-switch" aria-label={m.languages}>
        <ul>
          {others.map((a) => (
            <li key={a.locale}>
              <a href={a.href} hrefLang={a.locale} lang={a.locale}>
                {a.exists
                  ? ownName(a.locale)
                  : fill(messages(a.locale).chrome.notTranslated, { language: ownName(a.locale) })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
