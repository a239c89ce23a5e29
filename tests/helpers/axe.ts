/**
 * One place for the accessibility rules we test against: WCAG 2.0, 2.1 and 2.2, levels A and AA
 * (as GOV.UK does). No rule is turned off; if one ever must be, add it here with a one-line reason.
 *
 * We run axe-core directly rather than through @axe-core/playwright: for our single-document
 * pages it is about three times faster, which is what makes an axe run on every page affordable.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Frame, Page } from '@playwright/test'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string
  help: string
  nodes: { target: string[] }[]
}

/** Violations in a page or frame, as readable lines (an empty list means none). */
export async function axeViolations(target: Page | Frame, include?: string): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE)
  const violations = await target.evaluate(
    async ([tags, selector]) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
      ).axe
      const result = await axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }))
    },
    [AXE_TAGS, include] as const,
  )
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  )
}
