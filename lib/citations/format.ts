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

/**
 * Where a reader is sent: the publisher's own page (`original`) when the pack's stored copy is a
 * mirror, proxy or repost, else the stored copy. Nobody should land on a web proxy from a citation.
 */
export const readerUrl = (source: { url: string; original?: string }) => source.original ?? source.url
/** The stored copy the findings were checked against, when it is not where readers are sent. */
export const checkedCopyUrl = (source: { url: string; original?: string }) => (source.original ? source.url : undefined)
