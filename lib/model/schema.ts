/**
 * The content schema, written once. contentlayer.config.ts turns these specs into Contentlayer
 * document types; lib/rules/schema.ts checks raw files against the same specs first, so a writer
 * gets a message with the file, the field and the fix before Contentlayer runs.
 * Dates are strings on purpose: Contentlayer's `date` type silently turns 2025-02-30 into
 * 2025-03-02, so lib/rules/review.ts validates the text the writer typed.
 */
import {
  AUDIENCES,
  CONTACT_TYPES,
  COUNTRIES,
  LOCALES,
  RESOURCE_KINDS,
  REVIEW_STATUSES,
  SECTIONS,
  SUBSTANCES,
  SOURCE_KINDS,
  URGENCIES,
  URGENT_GROUPS,
  keysOf,
} from './taxonomy'

interface Base {
  required: boolean
  description: string
  /** `date`: YYYY-MM-DD, a real calendar date (lib/rules/review.ts). */
  format?: 'date'
}
export type ScalarSpec =
  (Base & { type: 'string' | 'boolean' | 'number' }) | (Base & { type: 'enum'; options: readonly string[] })
export interface NestedSpec {
  name: string
  fields: Record<string, ScalarSpec>
}
export type FieldSpec = ScalarSpec | (Base & { type: 'list'; of: 'string' | NestedSpec })
export type DocSpec = Record<string, FieldSpec>

const req = (description: string, extra: Partial<Base> = {}) => ({ required: true, description, ...extra })
const opt = (description: string, extra: Partial<Base> = {}) => ({ required: false, description, ...extra })

/**
 * One line of a page's "What changed" history (lib/rules/changes.ts): shown at the foot of the page
 * and its embed, and published as Atom and JSON feeds so an NGO can follow the pages it embeds.
 */
export const changeSpec: NestedSpec = {
  name: 'Change',
  fields: {
    date: {
      type: 'string',
      ...req('The day the change was published (YYYY-MM-DD, from the git history).', { format: 'date' }),
    },
    summary: {
      type: 'string',
      ...req('What changed, in one short plain sentence, e.g. "Added what to do if someone has a seizure."'),
    },
  },
}
const changes = {
  type: 'list',
  of: changeSpec,
  ...req('The "What changed" history, newest first: one dated line per meaningful change (lib/rules/changes.ts).'),
} as const

/** A health page: content/pages/<locale>/<slug>.mdx */
export const pageFields = {
  title: { type: 'string', ...req('Page title, in plain words.') },
  summary: { type: 'string', ...req('One or two sentences, at most 30 words, shown in lists and embeds.') },
  section: { type: 'enum', options: keysOf(SECTIONS), ...req('Topic group (lib/model/taxonomy.ts).') },
  audience: { type: 'enum', options: keysOf(AUDIENCES), ...req('Who the page is written for.') },
  substance: {
    type: 'enum',
    options: keysOf(SUBSTANCES),
    ...opt('Set on the main page about a substance: it must open with the 60-second <QuickCard>.'),
  },
  urgency: {
    type: 'enum',
    options: URGENCIES,
    ...req('`urgent` pages are read in a crisis: reading grade 6 or lower.'),
  },
  lastReviewed: { type: 'string', ...req('Date the page was last checked against its sources.', { format: 'date' }) },
  nextReview: { type: 'string', ...req('Date by which the page must be checked again.', { format: 'date' }) },
  reviewStatus: {
    type: 'enum',
    options: keysOf(REVIEW_STATUSES),
    ...req('Who reviewed it: be honest. `clinical` needs a review record in content/reviews/.'),
  },
  overdueNotice: {
    type: 'string',
    ...opt('Lets an overdue page build; shown on the page as "overdue for review". Say why it is late.'),
  },
  embeddable: { type: 'boolean', ...req('May NGOs embed this page?') },
  locale: { type: 'enum', options: LOCALES, ...req('Language of the page; must match its folder.') },
  order: { type: 'number', ...opt('Position within its section (lower first).') },
  translatedFrom: {
    type: 'string',
    ...opt(
      'Translations only: the content hash of the English text this was translated from (`npm run translations:status` prints it). When the English text changes, the page says the translation may be out of date.',
    ),
  },
  changes,
} as const satisfies DocSpec

/** A site page that states policy, not health facts (about, privacy): content/site/<locale>/<slug>.mdx */
export const sitePageFields = {
  title: pageFields.title,
  summary: pageFields.summary,
  locale: pageFields.locale,
  updated: { type: 'string', ...req('Date of the last change.', { format: 'date' }) },
  translatedFrom: pageFields.translatedFrom,
  changes,
} as const satisfies DocSpec

/**
 * A health professional's review of one page: content/reviews/<locale>/ (one <slug>.yaml per reviewed page), named after
 * the page. The page says "Reviewed by …" only while its text still has `contentHash`
 * (lib/review/status.ts); the reviewer's name lives here and nowhere else.
 */
export const reviewRecordFields = {
  reviewer: { type: 'string', ...req('Full name of the health professional, as they agree to be named.') },
  role: { type: 'string', ...req('Their profession and where they practise, e.g. "Emergency nurse, Sydney".') },
  reviewedOn: { type: 'string', ...req('Date of the review.', { format: 'date' }) },
  scope: { type: 'string', ...req('What they checked, e.g. "Every claim against the findings it cites".') },
  contentHash: {
    type: 'string',
    ...req('The content version printed on the review kit they used: 7 characters, 0-9 and a-f.'),
  },
} as const satisfies DocSpec

export const findingSpec: NestedSpec = {
  name: 'Finding',
  fields: {
    id: { type: 'string', ...req('F1, F2 … (findings) or C1, C2 … (contacts), as numbered in the pack.') },
    paraphrase: { type: 'string', ...req("The pack's paraphrase exactly (for a contact: its whole line).") },
    anchor: { type: 'string', ...req("The pack's verbatim anchor phrase, used for the deep link.") },
  },
}

/** A source: content/sources/<pack-id>.yaml, a copy of the pack entry (npm run sources:sync). */
export const sourceFields = {
  id: { type: 'string', ...req('The pack id; equals the file name.') },
  title: { type: 'string', ...req('Exactly as in the pack.') },
  publisher: { type: 'string', ...req('Exactly as in the pack.') },
  url: { type: 'string', ...req('Exactly as in the pack; must be https.') },
  original: {
    type: 'string',
    ...opt("As in the pack: the publisher's own address where `url` is a mirror or repost. Readers are sent here."),
  },
  published: { type: 'string', ...req('As in the pack: YYYY, YYYY-MM, YYYY-MM-DD or unknown.') },
  kind: { type: 'enum', options: keysOf(SOURCE_KINDS), ...req('Exactly as in the pack.') },
  country: { type: 'string', ...req('Exactly as in the pack.') },
  language: { type: 'string', ...req('Exactly as in the pack.') },
  findings: { type: 'list', of: findingSpec, ...req('The findings and contacts this site cites.') },
  notes: {
    type: 'list',
    of: 'string',
    ...opt("The pack's provenance notes (mirrors, unconfirmed details), shown to reviewers."),
  },
} as const satisfies DocSpec

export const contactSpec: NestedSpec = {
  name: 'Contact',
  fields: {
    method: {
      type: 'enum',
      options: keysOf(CONTACT_TYPES),
      ...req('How to reach the service (Contentlayer reserves the name "type").'),
    },
    value: { type: 'string', ...req('What a phone dials (digits, may start with +) or an https address.') },
    label: { type: 'string', ...req('The number or address exactly as the pack shows it.') },
  },
}

/** A helpline or service: content/resources/<id>.yaml */
export const resourceFields = {
  id: { type: 'string', ...req('Equals the file name.') },
  name: { type: 'string', ...req('Name of the service.') },
  country: { type: 'enum', options: keysOf(COUNTRIES), ...req('Country or area served.') },
  region: { type: 'string', ...opt('Part of the country, when the service is regional.') },
  kind: { type: 'enum', options: keysOf(RESOURCE_KINDS), ...req('What sort of service it is.') },
  description: { type: 'string', ...req('What it does, in plain words (checked like page text).') },
  contacts: { type: 'list', of: contactSpec, ...req('Ways to reach it.') },
  hours: { type: 'string', ...opt('Opening hours as the source states them.') },
  cost: { type: 'string', ...opt('Cost as the source states it.') },
  languages: { type: 'list', of: 'string', ...opt('Languages, as the source states them.') },
  confidentiality: { type: 'string', ...opt('What the source says about privacy, including risks.') },
  caveat: { type: 'string', ...opt('Anything a caller should know first (e.g. not drug-specific).') },
  source: { type: 'string', ...req('Pack id of the source that confirms this service.') },
  confirmedBy: {
    type: 'list',
    of: 'string',
    ...req('Finding and contact ids (F…, C…) in that source that confirm it.'),
  },
  checkedOn: { type: 'string', ...req('Date the details were checked against the source.', { format: 'date' }) },
} as const satisfies DocSpec

/**
 * A helpline's text in another language: content/resource-text/<locale>/<id>.yaml. Numbers,
 * addresses, sources and dates stay in the one resource file; only what readers read is translated,
 * and exactly the optional fields the English has (lib/rules/translations.ts).
 */
export const resourceTextFields = {
  id: { type: 'string', ...req('The resource id; equals the file name and an English file in content/resources/.') },
  locale: pageFields.locale,
  name: resourceFields.name,
  description: resourceFields.description,
  hours: resourceFields.hours,
  cost: resourceFields.cost,
  confidentiality: resourceFields.confidentiality,
  caveat: resourceFields.caveat,
} as const satisfies DocSpec

export const urgentGroupSpec: NestedSpec = {
  name: 'UrgentGroup',
  fields: {
    id: { type: 'enum', options: URGENT_GROUPS, ...req('Which group (lib/model/taxonomy.ts, URGENT_GROUPS).') },
    title: { type: 'string', ...req('The heading readers see for this group.') },
  },
}

export const urgentItemSpec: NestedSpec = {
  name: 'UrgentItem',
  fields: {
    id: { type: 'string', ...req('A short stable id (kebab-case), the same in every language.') },
    group: { type: 'enum', options: URGENT_GROUPS, ...req('The group it belongs to.') },
    text: { type: 'string', ...req('One sign or one step, in short plain sentences (grade 6 or lower).') },
    cites: { type: 'string', ...req('The findings that say it: "pack-id F3, other-id F1".') },
  },
}

/** The urgent advice, written once per language: content/urgent/<locale>.yaml (lib/rules/urgent.ts). */
export const urgentFields = {
  locale: pageFields.locale,
  groups: { type: 'list', of: urgentGroupSpec, ...req('Every group in URGENT_GROUPS, with its heading.') },
  items: { type: 'list', of: urgentItemSpec, ...req('The call signs and first-aid steps, in the order shown.') },
} as const satisfies DocSpec
