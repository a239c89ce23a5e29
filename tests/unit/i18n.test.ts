/**
 * The message catalogues and the locale plumbing. The throwaway locale (tests/fixtures/i18n) shows
 * that a second locale needs a catalogue and content: URLs, routes and formats follow from them.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { DEFAULT_LOCALE, LOCALES } from '../../lib/model/taxonomy'
import { hasCatalogue, messages, t, type Messages } from '../../lib/i18n'
import { pageExtensions, translatedLocalesOnDisk } from '../../lib/i18n/content-locales'
import { fill, placeholders } from '../../lib/i18n/format'
import { CATALOGUES } from '../../lib/i18n/messages'
import { en } from '../../lib/i18n/messages/en'
import {
  embedFromSegments,
  embedSegments,
  embedUrl,
  helpUrl,
  homeUrl,
  localeFromSegment,
  pageUrl,
  sitePageUrl,
  sourceUrl,
} from '../../lib/routes'
import { walkFiles } from '../../lib/fs-walk'
import { ko } from '../fixtures/i18n/ko'

/** Every text of a catalogue with its dotted key. */
const texts = (tree: unknown, prefix = ''): [string, string][] =>
  typeof tree === 'string'
    ? [[prefix, tree]]
    : Object.entries(tree as object).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k))

const withKo = { ...CATALOGUES, ko }

describe('message catalogues', () => {
  it('every locale with content has a catalogue, and English is one of them', () => {
    assert.ok(hasCatalogue(DEFAULT_LOCALE))
    assert.deepEqual(
      translatedLocalesOnDisk().filter((l) => !hasCatalogue(l)),
      [],
    )
  })

  it('every catalogue has exactly English’s keys and the same {placeholders} in each text', () => {
    const english = new Map(texts(en))
    for (const [locale, catalogue] of Object.entries({ ...withKo })) {
      const own = new Map(texts(catalogue))
      assert.deepEqual([...own.keys()].sort(), [...english.keys()].sort(), `${locale}: keys differ from en`)
      for (const [key, text] of english)
        assert.deepEqual(placeholders(own.get(key)!).sort(), placeholders(text).sort(), `${locale}: ${key}`)
    }
  })

  it('refuses a catalogue with a missing key at compile time', () => {
    const chrome = Object.fromEntries(Object.entries(en.chrome).filter(([k]) => k !== 'skipLink')) as Omit<
      Messages['chrome'],
      'skipLink'
    >
    // @ts-expect-error -- chrome.skipLink is missing: the type of Messages requires every English key
    const incomplete: Messages = { ...en, chrome }
    assert.equal('skipLink' in incomplete.chrome, false)
  })

  it('a locale without a catalogue is an error naming the file to add, never English by accident', () => {
    assert.throws(() => messages('ko', { en }), /lib\/i18n\/messages\/ko\.ts/)
  })

  it('fills placeholders and refuses a missing value', () => {
    assert.equal(
      fill('In {country}, call {number}.', { country: 'the United States', number: '911' }),
      'In the United States, call 911.',
    )
    assert.throws(() => fill('Cited on {count} page(s).', {}), /\{count\}/)
  })
})

describe('dates, numbers and names through Intl', () => {
  const l = t('en')
  it('English dates read "28 November 2026"; pack dates show only what they hold', () => {
    assert.equal(l.date('2026-11-28'), '28 November 2026')
    assert.equal(l.published('2024-03'), 'March 2024')
    assert.equal(l.published('2019'), '2019')
    assert.equal(l.published('unknown'), 'date not shown')
  })
  it('countries: the help directory’s names from the catalogue, sources’ through Intl', () => {
    assert.equal(l.country('CN'), 'Mainland China')
    assert.equal(l.countryInSentence('US'), 'the United States')
    assert.equal(l.countryInSentence('KR'), 'South Korea')
    assert.equal(l.region('KR'), 'South Korea')
    assert.equal(l.region('international'), 'International')
    assert.equal(l.grade(5), '5.0')
  })
  it('another locale formats with its own Intl tag and speaks its own catalogue', () => {
    const k = t('ko', withKo)
    assert.equal(k.m.chrome.getHelpNow, '«Get help now»')
    assert.match(k.date('2026-11-28'), /2026년 11월 28일/)
    assert.notEqual(k.region('KR'), 'South Korea')
  })
})

describe('a throwaway locale: a catalogue and content, nothing else', () => {
  const fixtureContent = path.join('tests', 'fixtures', 'i18n', 'content')
  it('content in content/pages/<locale>/ turns the translated routes on', () => {
    assert.deepEqual(translatedLocalesOnDisk(fixtureContent), ['ko'])
    assert.ok(pageExtensions(translatedLocalesOnDisk(fixtureContent)).includes('intl.tsx'))
    // The real content has no translated locale yet: the translated routes are not built.
    assert.equal(pageExtensions(translatedLocalesOnDisk()).includes('intl.tsx'), translatedLocalesOnDisk().length > 0)
  })

  it('its URLs come from lib/routes.ts, under /<locale>/, and English URLs do not move', () => {
    assert.equal(homeUrl('ko'), '/ko/')
    assert.equal(pageUrl('ko', 'overdose'), '/ko/topics/overdose/')
    assert.equal(helpUrl('ko'), '/ko/topics/get-help/')
    assert.equal(sitePageUrl('ko', 'about'), '/ko/about/')
    assert.equal(sourceUrl('a', 'ko'), '/ko/sources/a/')
    assert.equal(embedUrl('zh-Hans', 'overdose'), '/embed/v1/zh-hans/overdose/')
    assert.equal(pageUrl(DEFAULT_LOCALE, 'overdose'), '/topics/overdose/')
    assert.equal(embedUrl(DEFAULT_LOCALE, 'overdose'), '/embed/v1/overdose/')
    for (const locale of LOCALES) {
      const back = embedFromSegments(embedSegments(locale, 'overdose'))
      assert.deepEqual(back, { locale, slug: 'overdose' })
    }
    assert.equal(localeFromSegment('zh-hans'), 'zh-Hans')
    assert.equal(localeFromSegment(DEFAULT_LOCALE), undefined, 'English has no prefix')
    assert.equal(embedFromSegments(['xx', 'overdose']), undefined)
  })

  it('every site route has its translated twin, so a locale needs no new route file', () => {
    const site = walkFiles(path.join('app', '(site)')).filter((f) => f.endsWith('page.tsx'))
    const twin = (f: string) =>
      path
        .relative(path.join('app', '(site)'), f)
        .replace('[...page]', '[slug]')
        .replace(/page\.tsx$/, 'page.intl.tsx')
    const missing = site.map(twin).filter((f) => !fs.existsSync(path.join('app', '(site-intl)', '[locale]', f)))
    assert.ok(site.length >= 6)
    assert.deepEqual(missing, [])
    assert.ok(fs.existsSync(path.join('app', '(site-intl)', '[locale]', 'layout.intl.tsx')))
  })

  it('no component or route hard-codes the default locale', () => {
    const files = [...walkFiles('app'), ...walkFiles('components')].filter((f) => /\.tsx?$/.test(f))
    const offenders = files.filter((f) => /['"`]en['"`]|lang="en"/.test(fs.readFileSync(f, 'utf8')))
    assert.deepEqual(offenders, [])
  })
})
