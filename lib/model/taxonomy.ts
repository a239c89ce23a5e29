/**
 * Closed sets used by the content schema. Free-form strings never pick code paths
 * (docs/architecture.md); add a value here and the schema, checks and pages follow.
 */

/** Locales the site can publish. English is the default and has no URL prefix (lib/routes.ts). */
export const LOCALES = ['en', 'zh-Hans', 'ko'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'
/** Topic groups, in the order the home page lists them. */
export const SECTIONS = {
  emergency: 'In an emergency',
  methamphetamine: 'Methamphetamine',
  'treatment-support': 'Treatment and support',
  'other-stimulants': 'Other stimulants',
  help: 'Get help',
  reporting: 'The reporting behind this site',
} as const
export type Section = keyof typeof SECTIONS

/** Substances with their own page; such a page opens with the 60-second card (lib/rules/structure.ts). */
export const SUBSTANCES = {
  methamphetamine: 'Methamphetamine',
  amphetamine: 'Amphetamine',
  cocaine: 'Cocaine and crack',
  mdma: 'MDMA',
  'synthetic-cathinones': 'Synthetic cathinones',
  'prescription-stimulants': 'Prescription stimulants',
} as const
export type Substance = keyof typeof SUBSTANCES

export const AUDIENCES = {
  everyone: 'Everyone',
  'people-who-use': 'People who use stimulants',
  'family-friends': 'Family and friends',
  workers: 'NGO and outreach workers',
} as const
export type Audience = keyof typeof AUDIENCES

/** `urgent` pages are read in a crisis, so they must be easier to read (lib/rules/plain-language.ts). */
export const URGENCIES = ['routine', 'urgent'] as const
export type Urgency = (typeof URGENCIES)[number]

/**
 * The groups of urgent advice in content/urgent/<locale>.yaml, in the order they are shown.
 * `call-now` and `call-signs` make the call box (<CallNow />); the rest are first-aid steps
 * (<FirstAid show="…" />). Each locale's file must have every group.
 */
export const URGENT_GROUPS = [
  'call-now',
  'call-signs',
  'recovery',
  'cpr',
  'cooling',
  'seizure',
  'naloxone',
  'safety',
] as const
export type UrgentGroup = (typeof URGENT_GROUPS)[number]
export const FIRST_AID_GROUPS = URGENT_GROUPS.filter((g) => g !== 'call-now' && g !== 'call-signs')

/**
 * Honest review status. Nobody on the team is a clinician, so every page is `editorial` until a
 * named clinician really reviews it; `clinical` requires a review record (lib/rules/review-records.ts),
 * and what the page then says depends on it (lib/review/status.ts).
 */
export const REVIEW_STATUSES = {
  editorial: 'Checked against its sources by Plainly editors. Not yet reviewed by a health professional.',
  clinical: 'Reviewed by a health professional.',
} as const
export type ReviewStatus = keyof typeof REVIEW_STATUSES

/** Source kinds exactly as the pack uses them (vendor/source-pack/README.md). */
export const SOURCE_KINDS = {
  government: 'Government',
  intergovernmental: 'Intergovernmental body',
  'peer-reviewed': 'Peer-reviewed research',
  ngo: 'Non-profit organisation',
  'harm-reduction-service': 'Harm-reduction service',
  'treatment-service': 'Treatment service',
  news: 'News report',
  academic: 'Academic',
} as const
export type SourceKind = keyof typeof SOURCE_KINDS

export const RESOURCE_KINDS = {
  emergency: 'Emergency services',
  'drug-helpline': 'Drug and alcohol helpline',
  'crisis-line': 'Crisis and mental-health line',
  'overdose-line': 'Overdose prevention line',
  'treatment-finder': 'Find treatment',
  'health-line': 'General health line',
  /** Run by police (the pack's "Law enforcement, not help"): listed last, and only with a caveat that says so (lib/rules/resources.ts). */
  'law-enforcement': 'Law enforcement (police), not a health service',
} as const
export type ResourceKind = keyof typeof RESOURCE_KINDS

export const CONTACT_TYPES = {
  phone: 'Call',
  sms: 'Text',
  tty: 'TTY',
  whatsapp: 'WhatsApp',
  wechat: 'WeChat',
  web: 'Website',
} as const
export type ContactType = keyof typeof CONTACT_TYPES

/** Countries and areas the help directory covers; codes as the source pack uses them. */
export const COUNTRIES = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  AU: 'Australia',
  NZ: 'New Zealand',
  KR: 'South Korea',
  CN: 'Mainland China',
  HK: 'Hong Kong',
  TW: 'Taiwan',
  JP: 'Japan',
  PH: 'Philippines',
} as const
export type Country = keyof typeof COUNTRIES

/**
 * The places whose readers a language serves first: their numbers lead the call box and the help
 * directory on pages in that language (Korean readers see 119 first; Chinese readers mainland China,
 * then Hong Kong, then Taiwan). Other places follow in the usual order.
 */
export const LOCAL_COUNTRIES: Record<Locale, readonly Country[]> = { en: [], 'zh-Hans': ['CN', 'HK', 'TW'], ko: ['KR'] }

/** The country's name inside a sentence: "in the United States", "in South Korea". */
export const countryInSentence = (code: string) => {
  const name = COUNTRIES[code as Country] ?? code
  return ['US', 'GB', 'PH'].includes(code) ? `the ${name}` : name
}

export const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]
