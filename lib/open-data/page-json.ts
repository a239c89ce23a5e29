/**
 * Open data: each page as JSON for NGOs that render content themselves (/api/v1/pages/<slug>.json).
 * Every claim carries the ids of the sources and findings behind it, so attribution and
 * citations survive any re-use. The shape is described by ./schema.ts (served as JSON Schema).
 * Pure functions of the content data: the post-build step writes the files (scripts/postbuild.ts).
 */
import type { Page, Resource, Source, Urgent } from 'contentlayer/generated'
import { isCjkLocale } from '../text/cjk'
import { buildPlan } from '../citations/plan'
import { selectResources, sortResources } from '../citations/select-resources'
import { pageClaims, pageUses } from '../content/accessors'
import { contentVersion, readerHash } from '../content/version'
import { urgentClaims } from '../model/urgent'
import { recordFor, reviewRecordJson, reviewState, reviewStatement, type ReviewRecordData } from '../review/status'
import { absoluteUrl, apiPageUrl, embedUrl } from '../routes'
import { LICENCE, SITE_NAME } from '../site'

export const API_VERSION = 1
export const SCHEMA_PATH = '/api/v1/page.schema.json'

export interface ContentData {
  sources: Source[]
  resources: Resource[]
  urgent: Urgent[]
  /** Review records (content/reviews/): what the page may say about its health review. */
  reviews: ReviewRecordData[]
}

export function pageJson(page: Page, data: ContentData) {
  const uses = pageUses(page)
  const urgent = data.urgent.find((u) => u.locale === page.locale)
  const plan = buildPlan(uses, data.sources, data.resources, urgent, page.locale)
  const refOf = (source: string) => plan.references.find((r) => r.source.id === source)?.n ?? null
  const claim = (text: string, cites: { source: string; finding: string }[]) => ({
    text,
    sources: cites.map((x) => ({ ...x, ref: refOf(x.source) })),
  })
  const sections = pageClaims(page).map((s) => ({
    heading: s.heading,
    claims: s.claims.map((c) => claim(c.text, c.cites)),
  }))
  // The urgent advice a page shows (<CallNow>, <FirstAid>) is part of its claims, one section per group.
  for (const u of urgentClaims(uses, urgent))
    sections.push({ heading: u.heading, claims: u.claims.map((c) => claim(c.text, c.cites)) })
  const review = reviewState({ ...page, contentHash: readerHash(page, urgent) }, recordFor(data.reviews, page))
  const all = sortResources([...data.resources], page.locale)
  const shown = new Map<string, Resource>()
  for (const use of uses) for (const r of selectResources(use, all, page.locale)) shown.set(r.id, r)
  return {
    $schema: absoluteUrl(SCHEMA_PATH),
    apiVersion: API_VERSION,
    id: page.slug,
    locale: page.locale,
    url: absoluteUrl(page.url),
    embedUrl: page.embeddable ? absoluteUrl(embedUrl(page.locale, page.slug)) : null,
    title: page.title,
    summary: page.summary,
    section: page.section,
    audience: page.audience,
    urgency: page.urgency,
    contentVersion: contentVersion(page, urgent),
    readingGrade: isCjkLocale(page.locale) ? null : page.readingGrade,
    review: {
      status: page.reviewStatus,
      statement: reviewStatement(review, page.locale),
      lastReviewed: page.lastReviewed,
      nextReview: page.nextReview,
      // Named only while the text is the one they reviewed; `clinicalReview` keeps the history.
      reviewedBy: review.state === 'reviewed' ? review.record.reviewer : null,
      clinicalReview: reviewRecordJson(review),
      overdueNotice: page.overdueNotice ?? null,
    },
    licence: {
      name: LICENCE.name,
      url: LICENCE.url,
      attribution: `“${page.title}”, ${SITE_NAME}, ${absoluteUrl(page.url)}, ${LICENCE.name}`,
    },
    sections,
    resources: [...shown.values()].map((r) => ({
      id: r.id,
      name: r.name,
      country: r.country,
      region: r.region ?? null,
      kind: r.kind,
      description: r.description,
      contacts: r.contacts.map((c) => ({ method: c.method, value: c.value, label: c.label })),
      hours: r.hours ?? null,
      cost: r.cost ?? null,
      languages: r.languages ?? [],
      confidentiality: r.confidentiality ?? null,
      caveat: r.caveat ?? null,
      source: r.source,
      confirmedBy: r.confirmedBy,
      checkedOn: r.checkedOn,
    })),
    sources: plan.references.map((ref) => ({
      ref: ref.n,
      id: ref.source.id,
      title: ref.source.title,
      publisher: ref.source.publisher,
      url: ref.source.url,
      ...(ref.source.original ? { original: ref.source.original } : {}),
      published: ref.source.published,
      kind: ref.source.kind,
      country: ref.source.country,
      language: ref.source.language,
      findings: ref.findings.map((f) => ({ id: f.id, paraphrase: f.paraphrase, url: f.href })),
    })),
  }
}

export function indexJson(pages: Page[], urgent: Urgent[]) {
  return {
    apiVersion: API_VERSION,
    licence: { name: LICENCE.name, url: LICENCE.url },
    pages: pages.map((p) => ({
      id: p.slug,
      locale: p.locale,
      title: p.title,
      summary: p.summary,
      section: p.section,
      url: absoluteUrl(p.url),
      json: absoluteUrl(apiPageUrl(p.locale, p.slug)),
      lastReviewed: p.lastReviewed,
      nextReview: p.nextReview,
      contentVersion: contentVersion(
        p,
        urgent.find((u) => u.locale === p.locale),
      ),
    })),
  }
}
