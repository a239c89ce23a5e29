/**
 * Turns a raw request target into the one canonical path the server uses for both the file and
 * its headers, or refuses it. Browsers already normalise URLs before sending them, so anything
 * a browser would not send (dot segments, empty segments, encoded slashes, control characters,
 * raw non-ASCII) is refused rather than "fixed": a fix is where two readings of one path creep in.
 */

export type RequestPath =
  | {
      ok: true
      /** Decoded, e.g. "/topics/中/"; never "//", "." or "..". */ pathname: string
      segments: string[]
      /** "" or a printable-ASCII "?…" safe to copy into a header. */ search: string
    }
  | { ok: false; status: 400 | 414 }

/** Longer targets are refused (414); Node itself refuses far longer ones (431). */
export const MAX_TARGET_LENGTH = 2048

// Printable ASCII minus "#" and backslash, as it arrives on the wire (still percent-encoded).
const RAW_PATH = /^\/[\x21\x22\x24-\x5b\x5d-\x7e]*$/
const RAW_SEARCH = /^\?[\x21-\x7e]*$/
// Percent signs must start a valid escape; anything else is invalid encoding.
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/
// After decoding: control characters (C0, DEL, C1) and both slashes are never part of a name.
const BAD_DECODED = /[\u0000-\u001f\u007f-\u009f/\\]/

export function parseRequestPath(target: string): RequestPath {
  if (target.length > MAX_TARGET_LENGTH) return { ok: false, status: 414 }
  const q = target.indexOf('?')
  const rawPath = q === -1 ? target : target.slice(0, q)
  const rawSearch = q === -1 ? '' : target.slice(q)
  // Absolute-form ("http://host/…"), asterisk-form and raw bytes a browser would have encoded.
  if (!RAW_PATH.test(rawPath) || BAD_ESCAPE.test(rawPath)) return { ok: false, status: 400 }
  const parts = rawPath === '/' ? [] : rawPath.slice(1).split('/')
  const trailingSlash = parts.at(-1) === ''
  if (trailingSlash) parts.pop()
  const segments: string[] = []
  for (const raw of parts) {
    let name: string
    try {
      name = decodeURIComponent(raw) // the only decoding step
    } catch {
      return { ok: false, status: 400 } // not UTF-8 (e.g. %C0%AF, a truncated sequence)
    }
    if (name === '' || name === '.' || name === '..' || BAD_DECODED.test(name)) return { ok: false, status: 400 }
    segments.push(name)
  }
  const pathname = `/${segments.join('/')}${trailingSlash && segments.length ? '/' : ''}`
  return { ok: true, pathname, segments, search: RAW_SEARCH.test(rawSearch) ? rawSearch : '' }
}

/**
 * A redirect target on this origin: each segment re-encoded, so the header holds only ASCII and
 * can never start with "//" (segments are never empty). Throws if that promise would break.
 */
export function sameOriginLocation(segments: string[], search: string, trailingSlash: boolean): string {
  const location = `/${segments.map(encodeURIComponent).join('/')}${trailingSlash && segments.length ? '/' : ''}${search}`
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(location))
    throw new Error(`unsafe redirect target: ${JSON.stringify(location)}`)
  return location
}
