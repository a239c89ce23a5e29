/**
 * One place for the accessibility rules we test against: WCAG 2.0, 2.1 and 2.2, levels A and AA
 * (as GOV.UK does). No rule is turned off; if one ever must be, add it here with a one-line reason.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`)
}
