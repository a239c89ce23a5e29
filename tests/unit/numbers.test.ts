import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findForbidden, forbiddenNumbers, packForbidden, redactForbidden } from '../../lib/forbidden-numbers'
import { asDialled, dialledDigits, phoneShaped } from '../../lib/phone'
import { doNotPublish, lawEnforcement, readPackReadme } from '../../lib/source-pack/readme'
import { loadPack } from '../../lib/source-pack/load'

describe('numbers in any form (lib/phone.ts)', () => {
  it('reads keypad words joined to a number, but not ordinary words', () => {
    assert.equal(dialledDigits('1-800-DRUGS-99'), '18003784799')
    assert.equal(dialledDigits('1-800-drugs-99'), '18003784799')
    assert.equal(asDialled('a 24-hour line, 12-step groups, COVID-19'), 'a 24-hour line, 12-step groups, COVID-19')
  })
  it('reads full-width and other Unicode digits, and any dash or space', () => {
    assert.equal(dialledDigits('０８００ ７７ ６６ ００'), '0800776600')
    assert.equal(dialledDigits('١٣٩٣'), '1393')
    assert.equal(asDialled('0800\u2011770\u2013885\u00a0x'), '0800-770-885 x')
  })
  it('finds phone-shaped numbers in every form, as the writer typed them, but not figures', () => {
    assert.deepEqual(phoneShaped('Call 1-800-DRUGS-99 now.'), ['1-800-DRUGS-99'])
    assert.deepEqual(phoneShaped('Call ０３００ １２３ ６６００.'), ['０３００ １２３ ６６００'])
    assert.deepEqual(phoneShaped('Call 1 8 0 0 5 5 5 0 1 9 9.'), ['1 8 0 0 5 5 5 0 1 9 9'])
    assert.deepEqual(phoneShaped('Call 1.800.555.0199 or (087) 823-8800.'), ['1.800.555.0199', '(087) 823-8800'])
    assert.deepEqual(phoneShaped('Call 1980 — 1995 are two lines.'), [])
    assert.deepEqual(phoneShaped('Pi is 3.14159265; 833,598 calls; up 600%; 1-800-662-HELP (4357).'), [
      '1-800-662-HELP',
    ])
  })
})

describe('forbidden numbers come from the pack README (lib/forbidden-numbers.ts)', () => {
  const readme = readPackReadme()
  it('reads every item of the "Do not publish" list', () => {
    const digits = forbiddenNumbers().map((f) => f.digits)
    for (const d of ['0800776600', '18990893', '0800788995', '1393', '01082951372', '1301', '999'])
      assert.ok(digits.includes(d), d)
    assert.equal(doNotPublish(readme).length, 7)
  })
  it('a new item in the README reaches the list with no code change', () => {
    const edited = readme.replace(
      '**Do not publish:**\n',
      '**Do not publish:**\n- 0123 456 789 (an invented test number);\n',
    )
    const list = packForbidden(edited, () => undefined)
    assert.deepEqual(list[0], { digits: '0123456789', why: 'an invented test number' })
  })
  it('fails loudly if the list cannot be read', () => {
    assert.throws(() => doNotPublish(readme.replace('**Do not publish:**', '**Never:**')), /Do not publish/)
  })
  it('forbids a place-bound number only about that place: 999 in Beijing, not in the UK or Hong Kong', () => {
    const f = (text: string, country?: string) => findForbidden(text, { country }).map((x) => x.digits)
    assert.deepEqual(f('In Beijing, call 999.'), ['999'])
    assert.deepEqual(f('Call 999.', 'CN'), ['999'])
    assert.deepEqual(f('In the UK, call 999. In Hong Kong, call 999.'), [])
    assert.deepEqual(f('Call 999 in Hong Kong. The Beijing crisis line is 010-82951332.'), [])
    // One run of text with no full stop, as a help directory reads once its tags are gone.
    assert.deepEqual(
      f(
        `Hong Kong Emergency services 999 ${'Samaritan Befrienders Hong Kong 2389 2222 '.repeat(2)} Mainland China Beijing psychological crisis line`,
      ),
      [],
    )
  })
  it('finds forbidden numbers in any form, and redacts them in notes', () => {
    const f = (text: string) => findForbidden(text).map((x) => x.digits)
    assert.deepEqual(f('Call ０８００ ７７ ６６ ００.'), ['0800776600'])
    assert.deepEqual(f('Call 1393 or 109.'), ['1393'])
    assert.equal(
      redactForbidden('Old: 0800-788-995. New: 1925.'),
      'Old: [an out-of-date number, not shown]. New: 1925.',
    )
  })
  it('reads the law-enforcement list: sources and names', () => {
    const entries = lawEnforcement(readme, loadPack().keys())
    assert.deepEqual(
      entries.map((e) => e.sources),
      [['kotobank-mhlw-narcotics-control-dept'], ['connectdi-mfds-rehab-council-2025']],
    )
    assert.ok(entries[0]!.names.includes('麻薬取締部'))
  })
})
