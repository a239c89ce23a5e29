/**
 * Word rules (non-negotiable 2).
 * - Stigmatising words: labels such as "addict" shame people and keep them from seeking help
 *   (NIDA, "Words Matter", in the source pack: nida-words-matter-preferred-language F1, F3, F4).
 *   Use person-first words. Titles and publishers of sources and names of services are exempt
 *   (we quote them exactly); nothing else is, not even a page about words (it describes them).
 * - Harmful instructions: the site never explains how to make, buy, hide or smuggle drugs, or
 *   how to beat a drug test. Phrases that look like such instructions fail the build.
 */
import { localeOf, readableTexts } from './queries'
import { defineRule, str, type CheckContext, type ProblemInput } from './types'

export interface WordRule {
  pattern: RegExp
  /** Only texts in these languages; English patterns apply to every language (a quoted English label is still a label). */
  locales?: readonly string[]
  /** How to fix it, as the build prints it. */
  fix: string
}

export const STIGMATISING: WordRule[] = [
  {
    pattern: /\b(?:former |ex-|recovering |reformed )?(?:drug |meth |ice )?addicts?\b/i,
    fix: 'use "person who uses meth", "person with a substance use disorder"',
  },
  { pattern: /\baddicted\b/i, fix: 'use "has a substance use disorder", "is dependent on"' },
  { pattern: /\b(?:drug |substance |meth )?abusers?\b/i, fix: 'use "person who uses drugs"' },
  {
    pattern:
      /\b(?:drug|substance|meth|methamphetamine|stimulant|alcohol|cocaine|amphetamine)\s+abuse\b|\babus(?:e|ing) (?:drugs|meth|substances|stimulants)\b/i,
    fix: 'use "drug use", "substance use disorder"',
  },
  {
    pattern:
      /\bjunk(?:ie|y|ies)\b|\bdruggies?\b|\bcrackheads?\b|\bmethheads?\b|\bmeth heads?\b|\btweakers?\b|\bspeed freaks?\b|\bdope fiends?\b/i,
    fix: 'use "person who uses drugs"',
  },
  {
    pattern: /\b(?:drug|meth|ice|stimulant|cocaine|crack|injecting|injection|IV) users?\b/i,
    fix: 'use "person who uses drugs", "people who inject drugs"',
  },
  {
    pattern: /\b(?:clean|dirty)\b/i,
    fix: 'use for people: "not using", "in recovery"; for tests: "negative", "positive"; for equipment: "new", "unused", "sterile"',
  },
  // Chinese: labels official sources use for people (吸毒者 "drug taker", 吸毒人员 "drug-taking personnel",
  // 瘾君子 "addict") and slang (毒虫 "drug worm"). Say 使用冰毒的人, 用药的人 (issue 9).
  {
    pattern: /吸毒者|吸毒人员|吸毒分子|瘾君子|毒虫|毒鬼|道友|毒友|成瘾者|毒瘾者/,
    locales: ['zh-Hans'],
    fix: 'use 使用冰毒的人, 用药的人 or 有药物依赖的人',
  },
  // Korean: 중독자 ("addict") as a label, 마약사범 ("drug offender"), and slang (약쟁이, 뽕쟁이).
  {
    pattern: /중독자|마약사범|투약사범|마약범(?!죄)|약쟁이|뽕쟁이|마약쟁이/,
    locales: ['ko'],
    fix: 'use 필로폰을 쓰는 사람, 약물을 사용하는 사람 or 약물 의존이 있는 사람',
  },
]

export const HARMFUL: WordRule[] = [
  {
    pattern:
      /\bhow (?:to|do you|can you|can I) (?:make|cook|produce|buy|get hold of|score|hide|conceal|stash|smuggle|pass|beat|cheat)\b/i,
    fix: 'leave it out: we never explain how to make, get or hide drugs or beat a test; if you mean that we never do, say "we never give instructions for making or getting drugs"',
  },
  {
    pattern: /\bwhere (?:to|can you|can I) (?:buy|get|score|find) (?:it|meth|ice|crystal|drugs|cocaine)\b/i,
    fix: 'leave it out: nothing about getting drugs',
  },
  {
    pattern:
      /\b(?:recipe|precursors?|pseudoephedrine|cooking (?:meth|ice|crystal)|cook(?:s|ed)? (?:meth|ice|crystal)|meth lab|home lab)\b/i,
    fix: 'leave it out: nothing about making drugs, not even in reporting',
  },
  {
    pattern:
      /\b(?:buy|buying|order|ordering|purchase|purchasing) (?:meth|ice|crystal|cocaine|drugs|stimulants)\b|\bdark ?web\b|\bdarknet\b/i,
    fix: 'leave it out: nothing about getting drugs',
  },
  {
    pattern:
      /\b(?:pass|beat|cheat|fool) (?:a |the |your )?(?:drug |urine |hair |saliva |blood )?tests?\b|\bdetox (?:drink|kit)s?\b|\bsynthetic urine\b|\bfake urine\b/i,
    fix: 'leave it out: nothing about beating tests',
  },
  {
    pattern:
      /\b(?:hide|hiding|conceal|concealing|stash|stashing|smuggle|smuggling)\b (?:it|them|drugs|meth|ice|your)\b/i,
    fix: 'leave it out: nothing about hiding or moving drugs',
  },
]

/**
 * Quoted names are exempt: source titles, publishers and the organisation names inside them
 * ("Substance Abuse and Mental Health Services Administration"), and service names.
 */
function quotedNames(ctx: CheckContext): string[] {
  const names = [...ctx.pack.values()].flatMap((s) => [
    s.title,
    s.publisher,
    ...s.publisher.split(/\s+[—(]\s*|\)\s*|,\s+/),
  ])
  for (const r of ctx.content.resources) if (str(r.data.name)) names.push(str(r.data.name)!)
  return names.filter((n) => n.length > 3).sort((a, b) => b.length - a.length)
}

function scan(ctx: CheckContext, list: WordRule[], what: string, report: (p: ProblemInput) => void) {
  const names = quotedNames(ctx)
  for (const t of readableTexts(ctx, true)) {
    let text = t.text
    for (const n of names) text = text.split(n).join(' ')
    for (const rule of list) {
      if (rule.locales && !rule.locales.includes(localeOf(t.doc))) continue
      const m = rule.pattern.exec(text)
      if (m)
        report({
          file: t.doc.file,
          field: t.field,
          line: t.line,
          message: `${what} "${m[0]}" in: "${t.text.slice(0, 70)}"`,
          fix: rule.fix,
        })
    }
  }
}

export const wordRules = [
  defineRule(
    'words/stigma',
    'Stigmatising labels shame people and keep them from seeking treatment (NIDA, Words Matter); we use person-first words.',
    (ctx, report) => scan(ctx, STIGMATISING, 'stigmatising word', report),
  ),
  defineRule(
    'words/harm',
    'The site never explains how to make, buy, hide or smuggle drugs or how to beat a test (non-negotiable 2).',
    (ctx, report) => scan(ctx, HARMFUL, 'words about making, getting or hiding drugs', report),
  ),
]
