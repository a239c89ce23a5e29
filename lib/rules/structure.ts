/**
 * Page structure rules. A reader of a substance page gets the essentials first: the 60-second
 * card (product brief, "What the site is made of") with the main risks, three things to do, and
 * when to call emergency services, in that order, before anything else on the page. The last
 * part is <CallNow variant="card" />: the call signs written once (lib/rules/urgent.ts), with
 * breathing and naloxone, because opioids may be in any stimulant supply.
 */
import type { Heading, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isJsx, type JsxNode } from '../mdx/jsx'
import { bodyLine, defineRule } from './types'

export const QUICK_CARD_HEADINGS = ['Main risks', 'Do this'] as const
export const QUICK_CARD_ACTIONS = 3

const isQuickCard = (n: RootContent): n is RootContent & JsxNode => isJsx(n) && n.name === 'QuickCard'

export const structureRules = [
  defineRule('structure/quick-card', 'Someone in a hurry must get the main risks, three things to do and when to call for help first, in the same shape on every substance page.', (ctx, report) => {
    for (const doc of ctx.content.pages) {
      const a = ctx.analyses.get(doc.file)
      if (!a) continue
      const body = a.tree.children.filter((n) => !(n.type === 'paragraph' && toString(n).trim() === ''))
      const cards = body.filter(isQuickCard)
      if (doc.data.substance !== undefined && !(body[0] && isQuickCard(body[0]))) {
        report({ file: doc.file, message: 'a substance page must open with the 60-second <QuickCard>', fix: `start the body with <QuickCard> holding ### ${QUICK_CARD_HEADINGS.join(', ### ')} and <CallNow variant="card" />` })
      }
      for (const card of cards) {
        const line = bodyLine(doc, card.position?.start.line ?? 0)
        const kids = card.children as RootContent[]
        const headings = kids.filter((k): k is Heading => k.type === 'heading').map((h) => toString(h).trim())
        if (JSON.stringify(headings) !== JSON.stringify(QUICK_CARD_HEADINGS)) {
          report({ file: doc.file, line, message: `the 60-second card's headings are ${JSON.stringify(headings)}`, fix: `use exactly ### ${QUICK_CARD_HEADINGS.join(', ### ')}, in that order` })
          continue
        }
        const last = kids.filter((k) => !(k.type === 'paragraph' && toString(k).trim() === '')).at(-1)
        const callBox = last && isJsx(last) && (last as JsxNode).name === 'CallNow' && (last as JsxNode).attributes.some((a) => a.name === 'variant' && a.value === 'card')
        if (!callBox) {
          report({ file: doc.file, line, message: 'the 60-second card does not end with the call signs', fix: 'end the card with <CallNow variant="card" /> (it shows when to call, breathing, naloxone and the numbers)' })
        }
        const doIndex = kids.findIndex((k) => k.type === 'heading' && toString(k).trim() === 'Do this')
        const list = kids.slice(doIndex + 1).find((k) => k.type === 'list' || k.type === 'heading')
        const items = list?.type === 'list' ? (list as List).children.length : 0
        if (items !== QUICK_CARD_ACTIONS) {
          report({ file: doc.file, line, message: `"Do this" has ${items} item(s)`, fix: `give exactly ${QUICK_CARD_ACTIONS} things to do, as a list, so they can be remembered` })
        }
      }
    }
  }),
]
