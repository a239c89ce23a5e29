/**
 * What NGOs paste, and what oEmbed consumers (WordPress, Ghost) receive. One builder for the
 * partner page, the oEmbed JSON and the tests, so the snippet can only change here.
 */
import type { Page } from 'contentlayer/generated'
import { absoluteUrl, embedUrl, pageUrl, RESIZE_SCRIPT_URL } from '../routes'
import { fill, messages } from '../i18n'
import { LICENCE, SITE_NAME, SITE_URL } from '../site'

/** Height of the frame before (or without) the resize script; it scrolls inside. */
export const FALLBACK_HEIGHT = 1000
/** WordPress caps oEmbed frames at 1000 px; Ghost uses the height as given. */
export const OEMBED_SIZE = { width: 600, height: 1000 } as const

/** In the page's language (the catalogue's embed.frameTitle). */
export const embedTitle = (page: Pick<Page, 'title' | 'locale'>) =>
  fill(messages(page.locale).embed.frameTitle, { title: page.title, site: SITE_NAME })

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export interface SnippetOptions {
  /** Query string of theming options, e.g. "theme=auto&fs=1.125" (already validated). */
  query?: string
  /** Include the optional resize script line. @defaultValue true */
  withScript?: boolean
}

/** The HTML snippet: the iframe, a visible attribution paragraph, and the optional resize script. */
export function snippetHtml(
  page: Pick<Page, 'title' | 'locale' | 'slug'>,
  { query = '', withScript = true }: SnippetOptions = {},
): string {
  const src = absoluteUrl(embedUrl(page.locale, page.slug)) + (query ? `?${query}` : '')
  const canonical = absoluteUrl(pageUrl(page.locale, page.slug))
  const title = embedTitle(page)
  const m = messages(page.locale).embed
  const source = `<a href="${esc(canonical)}">${esc(page.title)} – ${SITE_NAME}</a>`
  return [
    `<!-- ${fill(m.snippetComment, { site: SITE_NAME, title: esc(page.title) })} -->`,
    `<iframe src="${esc(src)}"`,
    `        title="${esc(title)}"`,
    `        width="100%" height="${FALLBACK_HEIGHT}" loading="lazy" referrerpolicy="no-referrer"`,
    `        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"`,
    `        style="border:0;display:block;width:100%;max-width:100%"`,
    `        data-plainly-embed></iframe>`,
    `<p style="font-size:.875em;margin:.25em 0 1em">`,
    `  ${fill(m.snippetSource, { link: source, licence: `<a href="${LICENCE.url}">${LICENCE.name}</a>` })}`,
    `</p>`,
    ...(withScript
      ? [`<script src="${absoluteUrl(RESIZE_SCRIPT_URL)}" async referrerpolicy="no-referrer"></script>`]
      : []),
  ].join('\n')
}

/** oEmbed 1.0 "rich" response: only markup that survives WordPress's filters; WordPress adds the sandbox. */
export function oembedJson(page: Pick<Page, 'title' | 'locale' | 'slug'>) {
  const canonical = absoluteUrl(pageUrl(page.locale, page.slug))
  const src = `${absoluteUrl(embedUrl(page.locale, page.slug))}?via=oembed`
  const title = embedTitle(page)
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: `${SITE_URL}/`,
    author_name: SITE_NAME,
    author_url: `${SITE_URL}/about/`,
    cache_age: 86400,
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    html:
      `<blockquote><a href="${esc(canonical)}">${fill(messages(page.locale).embed.oembedSource, { title: esc(page.title), site: SITE_NAME, licence: LICENCE.name })}</a></blockquote>` +
      `<iframe src="${esc(src)}" title="${esc(title)}" width="${OEMBED_SIZE.width}" height="${OEMBED_SIZE.height}" frameborder="0" scrolling="yes"></iframe>`,
  }
}
