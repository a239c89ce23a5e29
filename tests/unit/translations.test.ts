/**
 * Translations know which English text they came from (issue 9): both states, current and stale,
 * from fixtures, as the status table, the content check's build output and the page notice.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { translationTable } from '../../lib/content/translation-table'
import { lastChanged, translationState, type EnglishTwin } from '../../lib/content/translation-state'
import { TranslationNotice } from '../../components/page/translation-notice'
import { FIXTURE_TODAY, VALID, materialise } from '../helpers/content-fixture'

const EN_PAGE = 'content/pages/en/overamping.mdx'
/** The valid fixture with its English page edited after the translations were made. */
function changedEnglish(): string {
  const root = materialise()
  const file = path.join(root, EN_PAGE)
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, 'utf8')
      .replace('Cool down with cold towels or a fan.', 'Cool them down with wet towels or a fan.'),
  )
  return root
}

const check = (root: string) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/check-content.ts', '--root', root, '--today', FIXTURE_TODAY],
    {
      encoding: 'utf8',
    },
  )

describe('translation status (lib/content/translation-table.ts)', () => {
  it('current: every translation was made from the English text as it is', () => {
    const rows = translationTable(VALID)
    assert.deepEqual(
      rows.map((r) => [r.file, r.state]),
      [
        ['content/pages/ko/overamping.mdx', 'current'],
        ['content/pages/zh-Hans/overamping.mdx', 'current'],
      ],
    )
    assert.ok(rows.every((r) => r.from === r.englishHash && /^[0-9a-f]{7}$/.test(r.from!)))
    assert.doesNotMatch(check(VALID), /out of date/)
  })

  it('stale: an edit to the English page marks both translations, and the build output lists them', () => {
    const root = changedEnglish()
    const rows = translationTable(root)
    assert.deepEqual(
      rows.map((r) => r.state),
      ['stale', 'stale'],
    )
    assert.notEqual(rows[0]!.from, rows[0]!.englishHash)
    const out = check(root)
    assert.match(out, /✓ Content check passed/)
    assert.match(
      out,
      /! 2 translation\(s\) may be out of date .*content\/pages\/ko\/overamping\.mdx, content\/pages\/zh-Hans\/overamping\.mdx/,
    )
  })

  it('npm run translations:status prints the table, and --stamp brings a checked translation up to date', () => {
    const root = changedEnglish()
    const status = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/translations-status.ts', '--root', root], {
        encoding: 'utf8',
      })
    assert.match(status(), /content\/pages\/zh-Hans\/overamping\.mdx\s+[0-9a-f]{7}\s+[0-9a-f]{7}\s+stale/)
    assert.match(status(), /2 translated page\(s\): 0 current, 2 stale/)
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      'scripts/translations-status.ts',
      '--root',
      root,
      '--stamp',
      'content/pages/ko/overamping.mdx',
    ])
    assert.match(status(), /2 translated page\(s\): 1 current, 1 stale/)
    assert.match(
      fs.readFileSync(path.join(root, 'content/pages/ko/overamping.mdx'), 'utf8'),
      new RegExp(`translatedFrom: "${translationTable(root)[0]!.englishHash}"`),
    )
  })
})

describe('the notice on a translated page (components/page/translation-notice.tsx)', () => {
  const english: EnglishTwin = {
    file: EN_PAGE,
    contentHash: 'abc1234',
    url: '/topics/overamping/',
    reviewed: '2026-11-28',
  }

  it('current: says it is an unreviewed translation, links the English original and its review date', () => {
    const state = translationState('abc1234', english)
    assert.equal(state.kind, 'current')
    const html = renderToStaticMarkup(TranslationNotice({ state, locale: 'zh-Hans' }))
    assert.match(html, /这一页是从英文翻译的。这份翻译还没有经过以中文为母语的医护人员审核。/)
    assert.match(html, /<a href="\/topics\/overamping\/" hrefLang="en" lang="en">阅读英文原文<\/a>/)
    assert.match(html, /英文页面最后审核日期：2026年11月28日。/)
    assert.doesNotMatch(html, /过时/)
  })

  it('stale: says when the English page changed and that the translation may be out of date', () => {
    const html = renderToStaticMarkup(
      TranslationNotice({ state: { kind: 'stale', english, from: 'fff0000', changedOn: '2026-12-01' }, locale: 'ko' }),
    )
    assert.match(html, /translation-notice--stale/)
    assert.match(html, /영어 페이지가 2026년 12월 1일에 바뀌었어요\. 이 번역은 최신이 아닐 수 있어요\./)
    assert.match(html, /fff0000/)
    const noDate = renderToStaticMarkup(
      TranslationNotice({ state: { kind: 'stale', english, from: 'fff0000', changedOn: undefined }, locale: 'ko' }),
    )
    assert.match(noDate, /번역한 뒤에 영어 페이지가 바뀌었어요/)
  })

  it('the English page shows no notice; a stale state reads the change date from git', () => {
    assert.equal(renderToStaticMarkup(TranslationNotice({ state: undefined, locale: 'en' })), '')
    assert.match(lastChanged('content/pages/en/overamping.mdx') ?? '', /^\d{4}-\d{2}-\d{2}$/)
    assert.equal(lastChanged('content/pages/en/no-such-page.mdx'), undefined)
    const stale = translationState('0000000', { ...english, file: 'content/pages/en/overamping.mdx' })
    assert.equal(stale.kind, 'stale')
  })
})
