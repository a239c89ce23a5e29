/**
 * Flags on the review kit: the claims a health reviewer should read first. Every definition
 * lives here, with its reason, and the kit prints the reason beside the flag.
 *
 * A claim is flagged only when it rests on a single source (all its citations name one source):
 * a second, independent source already answers the doubt each flag raises.
 *
 * Not used, and why: "the source's country differs from the reader's" (pages are not written for
 * one country, so there is nothing to compare with) and "the source's topic differs from the
 * page's" (the pack's topic tags are not copied into content/sources, and a tag match would say
 * little about whether one finding supports one sentence: that is the reviewer's mark).
 */
import { DEFAULT_LOCALE } from '../model/taxonomy'
import { t } from '../i18n'

// The review kit is written in English for now; its labels come through the catalogue's formatters.
const l = t(DEFAULT_LOCALE)
const formatPublished = (published: string) => l.published(published)
const kindLabel = (kind: string) => (l.m.labels.sourceKinds as Record<string, string>)[kind] ?? kind

export interface FlaggableSource {
  id: string
  published: string
  kind: string
  original?: string
  notes?: string[]
}

/** Evidence published before this year counts as old (ten years before the pack was built). */
export const OLD_BEFORE_YEAR = 2016

/** Kinds not written or vetted as health information. */
export const NON_HEALTH_KINDS = ['news', 'academic'] as const

/**
 * The pack's own words for a source that passes on someone else's text (its `## Notes`), e.g.
 * "a third-party repost of CDC text", "republished copy", "quoted through a third-party blog".
 */
const SECOND_HAND_NOTE =
  /\b(repost|reposted|republished|third-party|mirror|quoted through|reporting [^.]* not [^.]*own page|upload)\b/i

export type FlagId = 'old' | 'indirect' | 'non-health'

export interface Flag {
  id: FlagId
  label: string
  /** Why the reviewer should look twice, for this source. */
  reason: string
}

export const FLAG_DEFINITIONS: Record<FlagId, { label: string; why: string }> = {
  old: {
    label: 'Old or undated source',
    why: `Published before ${OLD_BEFORE_YEAR}, or with no date shown. Advice, services and the drug supply change; an undated page cannot be shown to be current.`,
  },
  indirect: {
    label: 'Indirect source',
    why: 'The words were read in a copy of another body’s text (a mirror, repost, upload or republished article) or in a report of it, not in the original. Check the passage at its first publisher.',
  },
  'non-health': {
    label: 'Not a health source',
    why: 'A news report, or academic writing that is not peer-reviewed research. Nobody checked it as health advice.',
  },
}

const yearOf = (published: string) => (/^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined)

export function isOld(s: FlaggableSource): boolean {
  const year = yearOf(s.published)
  return year === undefined || year < OLD_BEFORE_YEAR
}

export const isNonHealth = (s: FlaggableSource) => (NON_HEALTH_KINDS as readonly string[]).includes(s.kind)

export const isIndirect = (s: FlaggableSource) =>
  Boolean(s.original) || (s.notes ?? []).some((n) => SECOND_HAND_NOTE.test(n))

/** The flags for one claim, given the sources its citations name (in citation order). */
export function claimFlags(sources: readonly FlaggableSource[]): Flag[] {
  const ids = new Set(sources.map((s) => s.id))
  const only = sources[0]
  if (ids.size !== 1 || !only) return []
  const flags: Flag[] = []
  const add = (id: FlagId, detail: string, label: string = FLAG_DEFINITIONS[id].label) =>
    flags.push({ id, label, reason: `${detail} ${FLAG_DEFINITIONS[id].why}` })
  // Undated sources are many (the pack says `unknown` rather than guess): their own label lets a
  // reviewer tell them from sources known to be old.
  if (isOld(only)) {
    if (yearOf(only.published) === undefined) add('old', 'The only source shows no date.', 'Undated source')
    else add('old', `The only source dates from ${formatPublished(only.published)}.`, 'Old source')
  }
  if (isIndirect(only)) add('indirect', 'The only source passes on another body’s text.')
  if (isNonHealth(only)) add('non-health', `The only source is classed as “${kindLabel(only.kind)}”.`)
  return flags
}
