/**
 * What a WordPress post holds after an editor pastes one of our page addresses: the markup
 * WordPress makes from our oEmbed JSON, and WordPress's own host script (vendored in
 * tests/fixtures/hosts/vendor/wordpress/, with its source and licence).
 *
 * `wordpressEmbedHtml` follows `wp_filter_oembed_result` and
 * `wp_filter_oembed_iframe_title_attribute` of wp-includes/embed.php (WordPress 6.7-alpha-58716,
 * the same build as the vendored script), step by step with the same regular expressions. Its
 * one shortcut is `wp_kses`: instead of reimplementing it, `ksesStrips` reports anything in our
 * markup that kses would remove, and the unit test requires that to be nothing.
 */
import { parseHtml } from '../../lib/html/document'
import { SITE_ORIGIN } from './origins'

/** The tags and attributes `wp_filter_oembed_result` lets through for an unknown provider. */
const KSES_ALLOWED: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
}

/** What `wp_kses` with WordPress's oEmbed allow-list would strip from `html` ("tag" or "tag@attribute"). */
export function ksesStrips(html: string): string[] {
  const out: string[] = []
  for (const el of parseHtml(html).elements) {
    if (['html', 'head', 'body'].includes(el.tag)) continue
    const allowed = KSES_ALLOWED[el.tag]
    if (!allowed) out.push(el.tag)
    else for (const name of el.attrs.keys()) if (!allowed.includes(name)) out.push(`${el.tag}@${name}`)
  }
  return out
}

const escAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The HTML WordPress stores for an oEmbed "rich" response from a provider it does not know. */
export function wordpressEmbedHtml(oembed: { type: string; title?: string; html: string }, secret: string): string {
  if (!['rich', 'video'].includes(oembed.type)) throw new Error('WordPress embeds only rich and video responses')
  const stripped = ksesStrips(oembed.html)
  if (stripped.length) throw new Error(`WordPress would strip ${stripped.join(', ')} from the oEmbed html`)
  // preg_match( '|(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)|ms', $html, $content )
  const content = /(<blockquote>[\s\S]*?<\/blockquote>)?[\s\S]*(<iframe[\s\S]*?><\/iframe>)/.exec(oembed.html)
  if (!content?.[2]) throw new Error('WordPress finds no iframe in the oEmbed html, and shows a plain link')
  let html = (content[1] ?? '') + content[2]
  // preg_match( '/ src=([\'"])(.*?)\1/', $html, $results ): the secret joins the address and both elements.
  const src = / src=(['"])(.*?)\1/.exec(html)
  if (src) {
    const q = src[1]
    html = html.replace(src[0], ` src=${q}${src[2]}#?secret=${secret}${q} data-secret=${q}${secret}${q}`)
    html = html.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`)
  }
  if (content[1]) {
    html = html.replaceAll('<iframe', '<iframe style="position: absolute; visibility: hidden;"')
    html = html.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"')
  }
  html = html.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"')
  // wp_filter_oembed_iframe_title_attribute: an iframe without a title gets the response's title.
  if (!/<iframe[^>]*\stitle=/i.test(html) && oembed.title)
    html = html.replace(/<iframe /i, `<iframe title="${escAttr(oembed.title)}" `)
  return html
}

/** A WordPress post page: the block editor's embed figure around the stored HTML, and wp-embed.js. */
export const wordpressPost = (embedHtml: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A WordPress post (test host)</title>` +
  // WordPress's block styles (block-library) keep an embed within the column: a 360 px phone gets a 344 px frame.
  `<style>.wp-block-embed{margin:0 0 1em}.wp-block-embed iframe{max-width:100%}</style></head><body><main><h1>Our blog post</h1>` +
  `<figure class="wp-block-embed is-type-rich is-provider-plainly wp-block-embed-plainly"><div class="wp-block-embed__wrapper">${embedHtml}</div></figure>` +
  `</main><script src="/vendor/wordpress/wp-embed.js"></script></body></html>`

/** The oEmbed JSON our built site serves for a URL path of it (fetched as WordPress would). */
export async function fetchOembed(oembedPath: string): Promise<{ type: string; title?: string; html: string }> {
  const response = await fetch(`${SITE_ORIGIN}${oembedPath}`)
  if (!response.ok) throw new Error(`${oembedPath}: ${response.status}`)
  return (await response.json()) as { type: string; title?: string; html: string }
}
