/**
 * Page structure rules. A reader of a substance page gets the essentials first: the 60-second
 * card (product brief, "What the site is made of") with the main risks, three things to do, and
 * when to call emergency services, in that order, before anything else on the page. The last
 * part is <CallNow variant="card" />: the call signs written once (lib/rules/urgent.ts), with
 * breathing and naloxone, because opioids may be in any stimulant supply.
 * Every page has its own title and name, every heading has words, and a page is only written in
 * a language the site can publish (issue 12, "Structure").
 */
import type { Heading, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { RawDoc } from '../content/read-files'
import { isJsx, type JsxNode } from '../mdx/jsx'
import { RESERVED_NAMES, SITE_PAGE_ROUTES } from '../routes'
import { bodyLine, defineRule, str, type CheckContext } from './types'
import { QUICK_CARD_ACTIONS } from './limits'
import { CATALOGUES } from '../i18n/messages'
import type { Locale } from '../model/taxonomy'

const slugOf = (doc: RawDoc) =>
  doc.file
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '')
/** The locale folder a page sits in: content/pages/<locale>/… or content/site/<locale>/… */
const folderOf = (doc: RawDoc) => doc.file.split('/')[2] ?? ''

/** Pages and site pages of each locale folder, each with its kind, so names can be compared across both. */
function byLocale(ctx: CheckContext): Map<string, { doc: RawDoc; kind: 'page' | 'site page' }[]> {
  const out = new Map<string, { doc: RawDoc; kind: 'page' | 'site page' }[]>()
  const add = (doc: RawDoc, kind: 'page' | 'site page') =>
    out.set(folderOf(doc), [...(out.get(folderOf(doc)) ?? []), { doc, kind }])
  ctx.content.pages.forEach((d) => add(d, 'page'))
  ctx.content.sitePages.forEach((d) => add(d, 'site page'))
  return out
}

/** The 60-second card's headings in the page's language, from its catalogue. */
const quickCardHeadings = (locale: string) => {
  // A folder that is no locale is reported by schema/fields; measure it against English meanwhile.
  const c = (CATALOGUES[locale as Locale] ?? CATALOGUES.en).content
  return [c.quickCardRisks, c.quickCardDo]
}

const isQuickCard = (n: RootContent): n is RootContent & JsxNode => isJsx(n) && n.name === 'QuickCard'

export const structureRules = [
  defineRule(
    'structure/unique-titles',
    "Two pages with the same title look like one page in lists, search results and the reader's history; the reader cannot tell which to open.",
    (ctx, report) => {
      for (const docs of byLocale(ctx).values()) {
        const seen = new Map<string, RawDoc>()
        for (const { doc } of docs) {
          const title = str(doc.data.title)?.trim().toLowerCase()
          if (!title) continue
          const first = seen.get(title)
          if (first)
            report({
              file: doc.file,
              field: 'title',
              message: `the title "${str(doc.data.title)}" is already used by ${first.file}`,
              fix: 'give each page its own title',
            })
          else seen.set(title, doc)
        }
      }
    },
  ),
  defineRule(
    'structure/unique-slugs',
    "A page name is its address and its page: link; a site page named like a topic page, or any page named like one of the site's own routes, silently breaks links to one of them.",
    (ctx, report) => {
      for (const docs of byLocale(ctx).values()) {
        const topics = new Set(docs.filter((d) => d.kind === 'page').map((d) => slugOf(d.doc)))
        for (const { doc, kind } of docs) {
          const slug = slugOf(doc)
          if (RESERVED_NAMES.includes(slug) || (kind === 'page' && SITE_PAGE_ROUTES.includes(slug))) {
            report({
              file: doc.file,
              message: `the ${kind} name "${slug}" is taken by the site's own route /${slug}/ or page:${slug}`,
              fix: `rename the file; these names are the site's own: ${[...RESERVED_NAMES, ...SITE_PAGE_ROUTES].join(', ')}`,
            })
          } else if (kind === 'site page' && topics.has(slug)) {
            report({
              file: doc.file,
              message: `the site page "${slug}" has the same name as the topic page content/pages/${folderOf(doc)}/${slug}.mdx, so page:${slug} cannot reach both`,
              fix: 'rename one of the two files',
            })
          }
        }
      }
    },
  ),
  defineRule(
    'structure/empty-heading',
    'A heading with no words is announced by screen readers as an empty heading, gets no id to link to, and breaks the page outline.',
    (ctx, report) => {
      for (const doc of [...ctx.content.pages, ...ctx.content.sitePages]) {
        const tree = ctx.analyses.get(doc.file)?.tree
        if (!tree) continue
        visit(tree, 'heading', (h: Heading) => {
          // rehype-slug builds the id from letters, numbers, "-" and "_": without them the id is "".
          if (!/[\p{L}\p{N}_-]/u.test(toString(h)))
            report({
              file: doc.file,
              line: bodyLine(doc, h.position?.start.line ?? 0),
              message: `heading ${'#'.repeat(h.depth)} has no words`,
              fix: "write the heading's words, or remove the heading",
            })
        })
      }
    },
  ),
  defineRule(
    'structure/quick-card',
    'Someone in a hurry must get the main risks, three things to do and when to call for help first, in the same shape on every substance page.',
    (ctx, report) => {
      for (const doc of ctx.content.pages) {
        const a = ctx.analyses.get(doc.file)
        if (!a) continue
        const body = a.tree.children.filter((n) => !(n.type === 'paragraph' && toString(n).trim() === ''))
        const cards = body.filter(isQuickCard)
        const QUICK_CARD_HEADINGS = quickCardHeadings(folderOf(doc))
        if (doc.data.substance !== undefined && !(body[0] && isQuickCard(body[0]))) {
          report({
            file: doc.file,
            message: 'a substance page must open with the 60-second <QuickCard>',
            fix: `start the body with <QuickCard> holding ### ${QUICK_CARD_HEADINGS.join(', ### ')} and <CallNow variant="card" />`,
          })
        }
        for (const card of cards) {
          const line = bodyLine(doc, card.position?.start.line ?? 0)
          const kids = card.children as RootContent[]
          const headings = kids.filter((k): k is Heading => k.type === 'heading').map((h) => toString(h).trim())
          if (JSON.stringify(headings) !== JSON.stringify(QUICK_CARD_HEADINGS)) {
            report({
              file: doc.file,
              line,
              message: `the 60-second card's headings are ${JSON.stringify(headings)}`,
              fix: `use exactly ### ${QUICK_CARD_HEADINGS.join(', ### ')}, in that order`,
            })
            continue
          }
          const last = kids.filter((k) => !(k.type === 'paragraph' && toString(k).trim() === '')).at(-1)
          const callBox =
            last &&
            isJsx(last) &&
            (last as JsxNode).name === 'CallNow' &&
            (last as JsxNode).attributes.some((a) => a.name === 'variant' && a.value === 'card')
          if (!callBox) {
            report({
              file: doc.file,
              line,
              message: 'the 60-second card does not end with the call signs',
              fix: 'end the card with <CallNow variant="card" /> (it shows when to call, breathing, naloxone and the numbers)',
            })
          }
          const doIndex = kids.findIndex((k) => k.type === 'heading' && toString(k).trim() === QUICK_CARD_HEADINGS[1])
          const list = kids.slice(doIndex + 1).find((k) => k.type === 'list' || k.type === 'heading')
          const items = list?.type === 'list' ? (list as List).children.length : 0
          if (items !== QUICK_CARD_ACTIONS) {
            report({
              file: doc.file,
              line,
              message: `"${QUICK_CARD_HEADINGS[1]}" has ${items} item(s)`,
              fix: `give exactly ${QUICK_CARD_ACTIONS} things to do, as a list, so they can be remembered`,
            })
          }
        }
      }
    },
  ),
]
