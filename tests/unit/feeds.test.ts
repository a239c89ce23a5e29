/**
 * The "What changed" feeds (lib/feeds/changes-feed.ts, lib/build/feed-files.ts) read back as a feed
 * reader would: every Atom file with a real XML parser against RFC 4287's required elements, every
 * JSON file against a JSON Feed 1.1 schema written from the specification (tests/helpers/feed-check.ts).
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { changeFeeds, type FeedPage } from '../../lib/feeds/changes-feed'
import { writeFeedFiles } from '../../lib/build/feed-files'
import { localeFeedUrl, pageFeedUrl } from '../../lib/routes'
import { atomProblems, jsonFeedProblems, parseAtom, text } from '../helpers/feed-check'

const BASE = 'https://plainly.example'
const PAGES: FeedPage[] = [
  {
    locale: 'en',
    slug: 'overamping',
    url: '/topics/overamping/',
    title: 'Overamping: what to do',
    changes: [
      { date: '2026-12-02', summary: 'First aid <and> when to call now come from one checked list & more.' },
      { date: '2026-11-28', summary: 'First published.' },
    ],
    version: '2026-11-28.abc1234',
  },
  {
    locale: 'en',
    slug: 'mixing',
    url: '/topics/mixing/',
    title: 'Mixing',
    changes: [{ date: '2026-11-30', summary: 'Added GHB.' }],
    version: '2026-11-28.def5678',
  },
  {
    locale: 'ko',
    slug: 'overamping',
    url: '/ko/topics/overamping/',
    title: '과다복용',
    changes: [{ date: '2026-12-02', summary: '영어 원문을 처음 한국어로 옮겼어요.' }],
    version: '2026-11-28.0f0f0f0',
  },
]
const files = new Map(changeFeeds(PAGES, BASE).map((f) => [f.path, f.body]))
const get = (p: string) => {
  const body = files.get(p)
  assert.ok(body, `a feed at ${p}`)
  return body
}

describe('changeFeeds', () => {
  it('writes an Atom and a JSON feed per locale and per page, at the paths lib/routes.ts builds', () => {
    assert.deepEqual(
      [...files.keys()].sort(),
      [
        localeFeedUrl('en', 'atom'),
        localeFeedUrl('en', 'json'),
        localeFeedUrl('ko', 'atom'),
        localeFeedUrl('ko', 'json'),
        ...PAGES.flatMap((p) => [pageFeedUrl(p.locale, p.slug, 'atom'), pageFeedUrl(p.locale, p.slug, 'json')]),
      ].sort(),
    )
  })
  it('every Atom feed has RFC 4287’s required elements and every JSON feed is valid JSON Feed 1.1', () => {
    for (const [p, body] of files)
      assert.deepEqual(p.endsWith('.xml') ? atomProblems(body) : jsonFeedProblems(body), [], p)
  })
  it('an entry is one change of one page: stable id at its line, the change date, its summary and the content version', () => {
    const { feed, entries } = parseAtom(get(pageFeedUrl('en', 'overamping', 'atom')))
    assert.equal(feed.updated, '2026-12-02T00:00:00.000Z', 'the feed is as new as its newest change')
    assert.equal(feed['@_xml:lang'], 'en')
    assert.equal(entries.length, 2)
    const [first] = entries
    assert.equal(first!.id, `${BASE}/topics/overamping/#change-2026-12-02`)
    assert.equal((first!.link as Record<string, string>)['@_href'], `${BASE}/topics/overamping/#change-2026-12-02`)
    assert.equal(first!.updated, '2026-12-02T00:00:00.000Z')
    assert.match(String(text(first!.content)), /Current content version of the page: 2026-11-28\.abc1234\./)
    // Text is escaped inside the HTML content: "<and>" stays text, never markup.
    assert.match(String(text(first!.content)), /First aid &lt;and&gt; when .* &amp; more\./)
  })
  it('the JSON feed gives the version as data and the summary as plain text', () => {
    const json = JSON.parse(get(pageFeedUrl('en', 'overamping', 'json'))) as {
      language: string
      authors: { name: string }[]
      items: { summary: string; date_modified: string; _plainly: { content_version: string } }[]
    }
    assert.equal(json.language, 'en')
    assert.equal(json.authors[0]?.name, 'Plainly')
    assert.equal(json.items[0]?.summary, PAGES[0]!.changes[0]!.summary)
    assert.equal(json.items[0]?._plainly.content_version, '2026-11-28.abc1234')
    assert.equal(json.items[1]?.date_modified, '2026-11-28T00:00:00.000Z')
  })
  it('a locale feed holds every change of that locale’s pages, newest first, and no other locale’s', () => {
    const { entries } = parseAtom(get(localeFeedUrl('en', 'atom')))
    assert.deepEqual(
      entries.map((e) => e.updated),
      ['2026-12-02T00:00:00.000Z', '2026-11-30T00:00:00.000Z', '2026-11-28T00:00:00.000Z'],
    )
    const ko = JSON.parse(get(localeFeedUrl('ko', 'json'))) as { title: string; items: { id: string }[] }
    assert.deepEqual(
      ko.items.map((i) => i.id),
      [`${BASE}/ko/topics/overamping/#change-2026-12-02`],
    )
    assert.match(ko.title, /한국어/)
  })
  it('the checks fail a feed missing what readers need', () => {
    const atom = get(localeFeedUrl('en', 'atom'))
    assert.match(atomProblems(atom.replace(/<updated>[^<]*<\/updated>/, ''))[0] ?? '', /feed: updated/)
    assert.match(
      atomProblems(atom.replace('<author>', '<writer>').replace('</author>', '</writer>')).join(),
      /no author/,
    )
    assert.match(atomProblems(atom.replace('</feed>', '')).join(), /not well-formed/)
    const json = JSON.parse(get(localeFeedUrl('en', 'json'))) as Record<string, unknown>
    assert.notDeepEqual(jsonFeedProblems(JSON.stringify({ ...json, version: 'https://jsonfeed.org/version/1' })), [])
    assert.notDeepEqual(
      jsonFeedProblems(JSON.stringify({ ...json, items: [{ id: 'x' }] })),
      [],
      'an item needs content',
    )
    assert.notDeepEqual(jsonFeedProblems(JSON.stringify({ ...json, plainly: {} })), [], 'extensions start with _')
  })
})

describe('writeFeedFiles', () => {
  it('refuses two pages that would write one feed (same locale and slug)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plainly-feeds-'))
    const page = {
      locale: 'en',
      slug: 'a',
      url: '/topics/a/',
      title: 'A',
      changes: [{ date: '2026-11-01', summary: 'First published.' }],
      lastReviewed: '2026-11-01',
      contentHash: 'abcdef0',
      citations: [],
    }
    const data = { pages: [page, page], urgent: [] } as never
    assert.throws(() => writeFeedFiles(out, data, BASE), /two feeds would be written to \/feeds\/atom\/a\.xml/)
    fs.rmSync(out, { recursive: true })
  })
})
