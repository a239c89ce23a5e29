import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import type { Metadata } from 'next'
import type { Page } from 'contentlayer/generated'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/page/json-ld'
import { TopicArticle } from '@/components/page/topic-article'
import { PrintHelpNumbers } from '@/components/page/print-help-numbers'
import { getPage, getPages } from '@/lib/content/pages'
import { handoutOfPage } from '@/lib/content/handouts'
import { messages } from '@/lib/i18n'
import { handoutsUrl, handoutUrl, HELP_SLUG } from '@/lib/routes'
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
      <HandoutLink page={page} />
      {/*
        Urgent pages open with the call box; any other page printed gets the numbers at its top. The
        block is paper-only and comes after the article, outside the first round trip (lib/build/budget.ts):
        print CSS moves it to the top of the sheet (styles/site.css).
      */}
      {page.urgency !== 'urgent' && <PrintHelpNumbers locale={locale} />}
      {page.urgency === 'urgent' && <LanguageSwitcher where={{ kind: 'topic', slug }} locale={locale} />}
    </>
  )
}

/** Pages printed as handouts link to theirs; the help page to the list, which has one handout per place. */
function HandoutLink({ page }: { page: Page }) {
  const locale = page.locale
  const handout = handoutOfPage(page)
  const href = handout ? handoutUrl(locale, handout.id) : page.slug === HELP_SLUG ? handoutsUrl(locale) : undefined
  if (!href) return null
  const m = messages(locale).handouts
  return (
    <p className="handout-link">
      <a href={href}>{handout ? m.printThis : m.allHandouts}</a>
    </p>
  )
}
