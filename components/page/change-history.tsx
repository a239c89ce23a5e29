import { Rich } from '@/components/ui/rich'
import { t } from '@/lib/i18n'
import { CHANGES_ID, FEED_TYPES, changeId } from '@/lib/routes'

export interface ChangeLine {
  date: string
  summary: string
}

/**
 * The "What changed" history at the foot of a page and its embed (issue 10): one dated line per
 * meaningful change, newest first, each with an anchor the feeds link to, then a link to the page's
 * review status, so a reader sees who checked the text these changes made. Search leaves it out:
 * it is about the page, not what the page says.
 */
export function ChangeHistory({
  changes,
  locale,
  reviewHref,
  feeds,
  level = 2,
}: {
  changes: readonly ChangeLine[]
  locale: string
  /** The review-status block this history points to (topic pages and embeds). */
  reviewHref?: string
  /** This page's Atom and JSON feeds (the site page, not the embed). */
  feeds?: { atom: string; json: string }
  level?: 2 | 3
}) {
  const l = t(locale)
  const m = l.m.changes
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    // Styled as the page's other facts about itself (.page-meta): no new CSS in every page's first round trip.
    <section className="change-history page-meta" aria-labelledby={CHANGES_ID} data-pagefind-ignore>
      <Heading id={CHANGES_ID}>{m.heading}</Heading>
      <ul>
        {changes.map((c) => (
          <li key={c.date} id={changeId(c.date)}>
            <time dateTime={c.date}>{l.date(c.date)}</time>: {c.summary}
          </li>
        ))}
      </ul>
      {reviewHref && (
        <p>
          <a href={reviewHref}>{m.reviewLink}</a>
        </p>
      )}
      {feeds && (
        <p>
          <Rich
            text={m.follow}
            values={{
              atom: (
                <a href={feeds.atom} type={FEED_TYPES.atom}>
                  {m.atomLink}
                </a>
              ),
              json: (
                <a href={feeds.json} type={FEED_TYPES.json}>
                  {m.jsonLink}
                </a>
              ),
            }}
          />
        </p>
      )}
    </section>
  )
}
