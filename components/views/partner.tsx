import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import type { Metadata } from 'next'
import { EmbedBuilder, partnerScriptData } from '@/components/embed/embed-builder'
import { JsonData } from '@/components/page/json-data'
import { Rich } from '@/components/ui/rich'
import { getEmbeddablePages } from '@/lib/content/pages'
import { EMBED_OPTIONS } from '@/lib/embed/protocol'
import { snippetHtml } from '@/lib/embed/snippet'
import { fill, messages } from '@/lib/i18n'
import { absoluteUrl, FEED_TYPES, localeFeedUrl, oembedUrl, pageFeedUrl, sitePageUrl } from '@/lib/routes'
import { LICENCE, SITE_NAME, SITE_URL } from '@/lib/site'

export function partnerMetadata(locale: Locale): Metadata {
  const m = messages(locale).partner
  return { title: m.title, description: fill(m.description, { site: SITE_NAME }) }
}

/** The partner page for NGOs: the embed builder, how to add the code, the terms and our privacy promise. */
export function PartnerView({ locale }: { locale: Locale }) {
  const m = messages(locale).partner
  const pages = getEmbeddablePages(locale)
  const first = pages[0]!
  // Tokens the partner script replaces; the snippet itself is built only in lib/embed/snippet.ts.
  const template = snippetHtml({ title: '__TITLE__', slug: '__SLUG__', locale }, { query: '__QUERY__' })
  return (
    <>
      <LanguageSwitcher where={{ kind: 'partner' }} locale={locale} />
      <h1>{m.title}</h1>
      <p className="lead">{fill(m.lead, { site: SITE_NAME })}</p>

      <h2 id="builder">{m.builderHeading}</h2>
      <EmbedBuilder
        locale={locale}
        pages={pages.map((p) => ({ slug: p.slug, title: p.title }))}
        options={EMBED_OPTIONS}
        defaultSnippet={snippetHtml(first)}
      />
      <JsonData id="embed-data" data={partnerScriptData(locale, EMBED_OPTIONS, template)} />

      <h2 id="steps">{m.stepsHeading}</h2>
      <h3>{m.plainHtml}</h3>
      <p>{m.plainHtmlText}</p>
      <h3>WordPress</h3>
      <ul>
        <li>
          <Rich
            text={m.wordpressEasy}
            values={{
              url: <code>{absoluteUrl(first.url)}</code>,
              oembed: <code>{absoluteUrl(oembedUrl(locale, first.slug))}</code>,
            }}
          />
        </li>
        <li>{m.wordpressHtml}</li>
      </ul>
      <h3>Ghost</h3>
      <p>{m.ghostText}</p>
      <h3>Drupal</h3>
      <p>{m.drupalText}</p>
      <h3>{m.wixHeading}</h3>
      <p>{m.wixText}</p>

      <h2 id="terms">{m.termsHeading}</h2>
      <ul>
        <li>{m.termsUnchanged}</li>
        <li>{fill(m.termsEndorse, { site: SITE_NAME })}</li>
        <li>
          <Rich
            text={m.termsLicence}
            values={{
              licence: LICENCE.name,
              link: (
                <a href={`${sitePageUrl(locale, 'about')}#${messages(locale).chrome.licenceAnchor}`}>
                  {m.termsLicenceLink}
                </a>
              ),
            }}
          />
        </li>
        <li>{m.termsRetire}</li>
      </ul>

      <h2 id="privacy-promise">{m.privacyHeading}</h2>
      <ul>
        <li>{m.privacyCookies}</li>
        <li>{m.privacyAnalytics}</li>
        <li>{m.privacyReferrer}</li>
        <li>{m.privacyResize}</li>
      </ul>

      {/* Feeds of the pages' "What changed" lines (lib/feeds/changes-feed.ts). */}
      <h2 id="feeds">{m.feedsHeading}</h2>
      <p>{m.feedsText}</p>
      <ul>
        <li>
          <Rich
            text={m.feedsAll}
            values={{
              atom: (
                <a href={localeFeedUrl(locale, 'atom')} type={FEED_TYPES.atom}>
                  {messages(locale).changes.atomLink}
                </a>
              ),
              json: (
                <a href={localeFeedUrl(locale, 'json')} type={FEED_TYPES.json}>
                  {messages(locale).changes.jsonLink}
                </a>
              ),
            }}
          />
        </li>
        <li>
          <Rich
            text={m.feedsPerPage}
            values={{ url: <code>{absoluteUrl(pageFeedUrl(locale, first.slug, 'atom'))}</code> }}
          />
        </li>
      </ul>
      <p>
        <Rich text={m.openData} values={{ url: <code>{SITE_URL}/api/v1/pages.json</code> }} />
      </p>
    </>
  )
}
