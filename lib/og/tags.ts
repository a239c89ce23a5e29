/**
 * Open Graph and Twitter tags of a topic page (lib/seo.ts pageMetadata spreads them), from plain
 * data so they can be tested without Contentlayer.
 */
import type { Metadata } from 'next'
import { messages } from '../i18n'
import { absoluteUrl, ogImageUrl } from '../routes'
import { SITE_NAME } from '../site'
import { OG_HEIGHT, OG_WIDTH } from './card-svg'

/**
 * Open Graph wants language_TERRITORY ('en_GB'), not a BCP 47 tag: taken from the catalogue's
 * `intl` tag (en-GB, zh-Hans-CN, ko-KR), the variety the text is written in.
 */
export function ogLocale(locale: string): string {
  const tag = new Intl.Locale(messages(locale).intl)
  return tag.region ? `${tag.language}_${tag.region}` : tag.language
}

export interface PreviewPage {
  locale: string
  slug: string
  title: string
  summary: string
  /** The page's absolute canonical address. */
  url: string
  /** The other locales this page is published in. */
  otherLocales: readonly string[]
}

export function previewMetadata(p: PreviewPage): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { url: absoluteUrl(ogImageUrl(p.locale, p.slug)), width: OG_WIDTH, height: OG_HEIGHT, alt: p.title }
  return {
    openGraph: {
      type: 'article',
      title: p.title,
      description: p.summary,
      url: p.url,
      siteName: SITE_NAME,
      locale: ogLocale(p.locale),
      ...(p.otherLocales.length ? { alternateLocale: p.otherLocales.map(ogLocale) } : {}),
      images: [image],
    },
    // The large card shows the drawn image (lib/build/og-images.ts) rather than a thumbnail.
    twitter: { card: 'summary_large_image', title: p.title, description: p.summary, images: [image] },
  }
}
