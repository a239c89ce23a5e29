/**
 * The "What changed" history (issue 10): every page and site page keeps a short, dated list of its
 * meaningful changes, newest first. Readers see it at the foot of the page and its embed, and NGOs
 * follow it as a feed, so a date must be true, a line must be plain and the list must be in order.
 */
import { isRealDate } from '../dates'
import { charLength, isCjkLocale } from '../text/cjk'
import { sentences } from '../text/readability'
import type { RawDoc } from '../content/read-files'
import { MAX_CHANGES, MAX_CHANGE_CHARS, MAX_CHANGE_WORDS } from './limits'
import { localeOf } from './queries'
import { defineRule, str, type CheckContext } from './types'

interface Line {
  doc: RawDoc
  i: number
  date: string | undefined
  summary: string | undefined
}

/** Each page's history as the writer typed it (shapes are the schema rules' job; this reads what is there). */
function histories(ctx: CheckContext): { doc: RawDoc; lines: Line[] }[] {
  return [...ctx.content.pages, ...ctx.content.sitePages]
    .filter((doc) => Array.isArray(doc.data.changes))
    .map((doc) => ({
      doc,
      lines: (doc.data.changes as unknown[]).map((c, i) => {
        const item = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>
        return { doc, i, date: str(item.date), summary: str(item.summary) }
      }),
    }))
}

const datedLines = (ctx: CheckContext) =>
  histories(ctx).map((h) => ({ ...h, lines: h.lines.filter((l) => l.date !== undefined && isRealDate(l.date)) }))

export const changeRules = [
  defineRule(
    'changes/length',
    `A page says what changed: at least one line ("First published."), and at most ${MAX_CHANGES}, so the history stays short enough to read at the foot of the page.`,
    (ctx, report) => {
      for (const { doc, lines } of histories(ctx)) {
        if (lines.length === 0)
          report({
            file: doc.file,
            field: 'changes',
            message: 'the "What changed" history is empty',
            fix: 'add at least the first line: - date: "<the day it was first published, from git log>" and summary: "First published."',
          })
        else if (lines.length > MAX_CHANGES)
          report({
            file: doc.file,
            field: 'changes',
            message: `the "What changed" history has ${lines.length} lines (the limit is ${MAX_CHANGES})`,
            fix: 'keep the most recent, meaningful changes and remove the oldest lines (git keeps the full history)',
          })
      }
    },
  ),
  defineRule(
    'changes/date',
    'A change line is dated: readers and feed readers trust the date, so it must be a real day that has already happened.',
    (ctx, report) => {
      for (const { lines } of histories(ctx)) {
        for (const { doc, i, date } of lines) {
          if (date === undefined) continue // missing: reported by schema/fields
          if (!isRealDate(date))
            report({
              file: doc.file,
              field: `changes[${i}].date`,
              message: `"${date}" is not a real calendar date`,
              fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-28, taken from git log --follow --format="%as %s" -- <file>',
            })
          else if (date > ctx.today)
            report({
              file: doc.file,
              field: `changes[${i}].date`,
              message: `${date} is in the future (today is ${ctx.today})`,
              fix: 'use the day the change was really published (git log --follow --format="%as %s" -- <file>)',
            })
        }
      }
    },
  ),
  defineRule(
    'changes/order',
    'The history reads newest first, one line per day: the top line is what changed last, and feeds give each day one entry with a stable id.',
    (ctx, report) => {
      for (const { lines } of datedLines(ctx)) {
        lines.slice(1).forEach((line, k) => {
          const before = lines[k]!
          if (line.date === before.date)
            report({
              file: line.doc.file,
              field: `changes[${line.i}].date`,
              message: `two lines have the date ${line.date}`,
              fix: 'join the changes of one day into one line',
            })
          else if (line.date! > before.date!)
            report({
              file: line.doc.file,
              field: `changes[${line.i}].date`,
              message: `${line.date} comes after ${before.date}, but the newest change must come first`,
              fix: 'put the lines in order, newest date at the top',
            })
        })
      }
    },
  ),
  defineRule(
    'changes/summary-length',
    `A change line is one short plain sentence: at most ${MAX_CHANGE_WORDS} English words, ${MAX_CHANGE_CHARS['zh-Hans']} Chinese or ${MAX_CHANGE_CHARS.ko} Korean characters.`,
    (ctx, report) => {
      for (const { doc, lines } of histories(ctx)) {
        const locale = localeOf(doc)
        for (const { i, summary } of lines) {
          if (!summary) continue
          const field = `changes[${i}].summary`
          if (isCjkLocale(locale)) {
            const chars = charLength(summary)
            if (chars > MAX_CHANGE_CHARS[locale])
              report({
                file: doc.file,
                field,
                message: `the change line has ${chars} characters (the limit is ${MAX_CHANGE_CHARS[locale]})`,
                fix: 'say what changed for the reader in one short sentence, e.g. 补充了有人抽搐时该怎么做。',
              })
          } else {
            const words = sentences(summary).reduce((n, s) => n + s.words, 0)
            if (words > MAX_CHANGE_WORDS)
              report({
                file: doc.file,
                field,
                message: `the change line has ${words} words (the limit is ${MAX_CHANGE_WORDS})`,
                fix: 'say what changed for the reader in one short sentence, e.g. "Added what to do if someone has a seizure."',
              })
          }
        }
      }
    },
  ),
  defineRule(
    'changes/site-updated',
    'A site page shows "Updated <date>" at its top and its history at its foot: both must name the same last change.',
    (ctx, report) => {
      for (const { doc, lines } of datedLines(ctx)) {
        const updated = str(doc.data.updated)
        const newest = lines[0]?.date
        if (!doc.file.startsWith('content/site/') || !updated || !newest || updated === newest) continue
        report({
          file: doc.file,
          field: 'updated',
          message: `updated is ${updated} but the newest "What changed" line is dated ${newest}`,
          fix: `set updated: "${newest}", or add a line for the change made on ${updated}`,
        })
      }
    },
  ),
]
