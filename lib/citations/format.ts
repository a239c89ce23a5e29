/** How a source's details read on the page. */
import { SOURCE_KINDS, type SourceKind } from '../content/taxonomy'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Pack dates are YYYY, YYYY-MM, YYYY-MM-DD or "unknown"; show exactly that much, in words. */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-')
  if (!y || !/^\d{4}$/.test(y)) return 'date not shown'
  const month = m ? MONTHS[Number(m) - 1] : undefined
  if (!month) return y
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
}

export const kindLabel = (kind: string) => SOURCE_KINDS[kind as SourceKind] ?? kind

const regions = new Intl.DisplayNames(['en'], { type: 'region' })
/** "KR" → "South Korea"; "international" stays as it is. */
export function countryLabel(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code === 'international' ? 'International' : code
  try {
    return regions.of(code) ?? code
  } catch {
    return code
  }
}

const languages = new Intl.DisplayNames(['en'], { type: 'language' })
export function languageLabel(code: string): string {
  try {
    return languages.of(code) ?? code
  } catch {
    return code
  }
}

export const isInsecure = (url: string) => url.startsWith('http:')
