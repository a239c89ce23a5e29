/**
 * Builds a URL text-fragment deep link (https://wicg.github.io/scroll-to-text-fragment/) from a
 * finding's anchor phrase, so a reviewer lands on the exact passage. Browsers without support
 * simply open the page, so the link never breaks.
 */

/** Percent-encodes text for a `text=` directive: the spec reserves '-', '&' and ',' as syntax. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D')
}

export function textFragmentUrl(url: string, anchor: string): string {
  if (!anchor.trim()) return url
  // A URL that already has a fragment keeps it; the directive follows it after ':~:'.
  const joiner = url.includes('#') ? ':~:' : '#:~:'
  return `${url}${joiner}text=${encodeFragmentText(anchor)}`
}
