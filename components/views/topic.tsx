import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/page/json-ld'
import { TopicArticle } from '@/components/page/topic-article'
import { getPage, getPages } from '@/lib/content/pages'
import { pageMetadata, pageStructuredData } from '@/lib/seo'

export const topicParams = (locale: Locale) => getPages(locale).map((p) => ({ slug: p.slug }))

export function topicMetadata(locale: Locale, slug: string): Metadata {
  const page = getPage(locale, slug)
  return page ? pageMetadata(page) : {}
}

export function TopicView({ locale, slug }: { locale: Locale; slug: string }) {
  const page = getPage(locale, slug)
  if (!page) notFound()
  return (
    <>
      <JsonLd data={pageStructuredData(page)} />
      {/* On urgent pages the call box is the first thing after the title; other languages follow the article. */}
      {page.urgency !== 'urgent' && <LanguageSwitcher where={{ kind: 'topic', slug }} locale={locale} />}
      <TopicArticle page={page} />
      {page.urgency === 'urgent' && <LanguageSwitcher where={{ kind: 'topic', slug }} locale={locale} />}
    </>
  )
}
