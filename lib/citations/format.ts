/**
 * Where a source sends readers. How its details read (kind, country, date) is in the message
 * catalogue and Intl, per locale: lib/i18n (t(locale).published, .region, .language).
 */

export const isInsecure = (url: string) => url.startsWith('http:')

/**
 * Where a reader is sent: the publisher's own page (`original`) when the pack's stored copy is a
 * mirror, proxy or repost, else the stored copy. Nobody should land on a web proxy from a citation.
 */
export const readerUrl = (source: { url: string; original?: string }) => source.original ?? source.url
/** The stored copy the findings were checked against, when it is not where readers are sent. */
export const checkedCopyUrl = (source: { url: string; original?: string }) => (source.original ? source.url : undefined)
