/**
 * Link rules. Links between pages are written `[text](page:slug)` (or `page:slug#part`) so that
 * lib/routes.ts builds every URL and a renamed page breaks the build, not the reader's click.
 * Links to other sites must be https and equal, as parsed URLs, to an address the pack prints
 * (a source's `url` or `original`, or an address in a Contacts line); sources are cited with <Cite>.
 */
import type { PackSource } from '../source-pack/parse'
import { APP_PAGES } from '../routes'
import { bodyLine, defineRule, str } from './types'
import { urlProtocol } from './queries'

const slugOf = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '')

/**
 * A URL reduced to what identifies the page: scheme, host, port, path and query as the WHATWG
 * URL parser normalises them (case of scheme and host, default port, dot segments, percent
 * encoding); the #fragment is dropped. Anything that does not parse is `undefined`.
 */
export function normaliseUrl(href: string): string | undefined {
  try {
    const u = new URL(href)
    u.hash = ''
    return u.href
  } catch {
    return undefined
  }
}

/** Every https address the pack prints, normalised: sources' `url` and `original`, and addresses in Contacts lines. */
export function packAddresses(pack: Map<string, PackSource>): Set<string> {
  const raw = [...pack.values()].flatMap((s) => [
    s.url,
    s.original ?? '',
    ...s.contacts.flatMap((c) => c.text.match(/https:\/\/[^\s,;)—]+/g) ?? []),
  ])
  return new Set(
    raw
      .filter((u) => urlProtocol(u) === 'https:')
      .map(normaliseUrl)
      .filter((u): u is string => !!u),
  )
}

export const linkRules = [
  defineRule(
    'links/targets',
    'A broken link strands a reader; a link to an unchecked site (even one a letter away from a real one) may mislead or track them.',
    (ctx, report) => {
      const docs = [...ctx.content.pages, ...ctx.content.sitePages]
      const slugs = new Map<string, Set<string>>()
      for (const d of docs) {
        const locale = str(d.data.locale) ?? 'en'
        slugs.set(locale, (slugs.get(locale) ?? new Set()).add(slugOf(d.file)))
      }
      const allowed = packAddresses(ctx.pack)
      for (const doc of docs) {
        const locale = str(doc.data.locale) ?? 'en'
        for (const l of ctx.analyses.get(doc.file)?.prose.links ?? []) {
          const line = bodyLine(doc, l.line)
          if (l.href.startsWith('page:')) {
            const slug = l.href.slice(5).split('#')[0] ?? ''
            // A page not yet translated links to the English original, saying so (lib/routes.ts, contentLink).
            if (!slugs.get(locale)?.has(slug) && !slugs.get('en')?.has(slug) && !(slug in APP_PAGES))
              report({
                file: doc.file,
                line,
                message: `link to page "${slug}", which does not exist in ${locale}${locale === 'en' ? '' : ' or in English'}`,
                fix: `use page:<slug> with the file name of a page in content/pages/${locale}/ or content/site/${locale}/`,
              })
          } else if (/^(tel|sms):/i.test(l.href)) {
            continue // checked by resources/numbers-in-text
          } else if (l.href.startsWith('#')) {
            continue // same-page fragments are checked in the built site (tests/e2e/built-output.spec.ts)
          } else if (urlProtocol(l.href) === 'invalid') {
            report({
              file: doc.file,
              line,
              message: `link "${l.href}" is a path, not a page: link`,
              fix: 'link to pages as [text](page:slug) so the URL is built in one place',
            })
          } else if (urlProtocol(l.href) !== 'https:' || !allowed.has(normaliseUrl(l.href)!)) {
            report({
              file: doc.file,
              line,
              message: `link "${l.href}" is not an https address printed in the source pack`,
              fix: 'cite the source with <Cite id="…" f="…" /> instead of linking; link out only to an address the pack prints, exactly (same host, path and query)',
            })
          }
        }
      }
    },
  ),
]
