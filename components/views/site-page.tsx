import type { Locale } from '@/lib/model/taxonomy'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SitePageArticle } from '@/components/page/site-page-article'
import { getSitePage, getSitePageSlugs } from '@/lib/content/pages'

/** Every content/site/<locale>/*.mdx is a page at /<slug>/: a new policy page needs no code. */
export const sitePageSlugs = (locale: Locale) => getSitePageSlugs(locale)

export function sitePageMetadata(locale: Locale, slug: string): Metadata {
  const page = getSitePage(locale, slug)
  return page ? { title: page.title, description: page.summary } : {}
}

export function SitePageView({ locale, slug }: { locale: Locale; slug: string }) {
  const page = getSitePage(locale, slug)
  if (!page) notFound()
  return (
    <>
      <LanguageSwitcher where={{ kind: 'site', slug }} locale={locale} />
      <SitePageArticle page={page} />
    </>
  )
}
