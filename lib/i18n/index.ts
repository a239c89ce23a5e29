/**
 * UI strings and formats for a locale. Pages are server components rendered at build time, so
 * this is plain data and Intl: nothing here reaches the browser.
 *
 * Why not next-intl: its server APIs need a request config and middleware or `setRequestLocale`
 * per page, and its hooks assume a client provider; with a static export and the framework runtime
 * stripped (scripts/postbuild.ts), a typed module does the same job with no dependency.
 */
import { DEFAULT_LOCALE, type Country, type Locale } from '../model/taxonomy'
import { CATALOGUES, type Messages } from './messages'
import { fill } from './format'
import { isRealDate } from '../dates'
import { gradeBand } from '../text/readability'

export type { Messages }
export { fill }

type Catalogues = { readonly [L in Locale]?: Messages }

/**
 * The catalogue of a locale; a locale without one is a build error, never English by accident.
 * `catalogues` is for tests that add a throwaway locale (tests/unit/i18n.test.ts).
 */
export function messages(locale: Locale | string, catalogues: Catalogues = CATALOGUES): Messages {
  const m = catalogues[locale as Locale]
  if (!m)
    throw new Error(
      `No message catalogue for locale "${locale}": add lib/i18n/messages/${locale}.ts (docs/adding-a-language.md)`,
    )
  return m
}

export const hasCatalogue = (locale: string, catalogues: Catalogues = CATALOGUES): boolean => locale in catalogues

const MONTHS_ONLY: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' }
const FULL_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }

/** Everything a component needs to speak a locale: its texts and its date, number and name formats. */
export function t(locale: Locale | string = DEFAULT_LOCALE, catalogues: Catalogues = CATALOGUES) {
  const m = messages(locale, catalogues)
  const tag = m.intl
  const date = (y: number, mo: number, d: number, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, opts).format(new Date(Date.UTC(y, mo - 1, d)))
  const display = (type: 'region' | 'language', code: string) => {
    try {
      return new Intl.DisplayNames([tag], { type }).of(code) ?? code
    } catch {
      return code
    }
  }
  return {
    m,
    locale,
    fill,
    /** A calendar date as the writer typed it (YYYY-MM-DD): "28 November 2026". */
    date: (iso: string) => {
      if (!isRealDate(iso)) return iso
      const [y, mo, d] = iso.split('-').map(Number) as [number, number, number]
      return date(y, mo, d, FULL_DATE)
    },
    /** Pack dates are YYYY, YYYY-MM, YYYY-MM-DD or "unknown": shows exactly that much, in words. */
    published: (published: string) => {
      const [y, mo, d] = published.split('-')
      if (!y || !/^\d{4}$/.test(y)) return m.citations.dateNotShown
      if (!mo || Number(mo) < 1 || Number(mo) > 12) return y
      return date(Number(y), Number(mo), Number(d ?? 1), d ? FULL_DATE : MONTHS_ONLY)
    },
    /** A reading grade as a number with one decimal, in the locale's digits and separator. */
    grade: (n: number) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n),
    /** A reading grade in words people understand: "Easy to read: most children of 10 can read it". */
    readingLevel: (grade: number) => {
      const { band, age } = gradeBand(grade)
      return fill(m.status[band], { age })
    },
    number: (n: number) => new Intl.NumberFormat(tag).format(n),
    /** A help-directory country: the catalogue's name (the pack's areas, e.g. "Mainland China"). */
    country: (code: string) => m.labels.countries[code as Country] ?? code,
    countryInSentence: (code: string) => m.labels.countriesInSentence[code as Country] ?? code,
    /** A source's country ("KR" → "South Korea") through Intl; "international" from the catalogue. */
    region: (code: string) =>
      /^[A-Z]{2}$/.test(code) ? display('region', code) : code === 'international' ? m.citations.international : code,
    language: (code: string) => display('language', code),
  }
}

export type T = ReturnType<typeof t>
