import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addMonths, isRealDate } from '../../lib/dates'
import { t } from '../../lib/i18n'
import { isDialable, labelDigits, phoneShaped } from '../../lib/phone'

describe('phone numbers', () => {
  it('reads keypad letters in a label', () => {
    assert.ok(labelDigits('1-800-662-HELP (4357)').includes('18006624357'))
    assert.ok(labelDigits('1 – 888-688-NORS(6677)').includes('18886886677'))
  })
  it('finds phone-shaped numbers but not figures', () => {
    assert.deepEqual(phoneShaped('Call 0300 123 6600. In 2020 it took 833,598 calls, up 27%.'), ['0300 123 6600'])
  })
  it('accepts only dialable values', () => {
    assert.ok(isDialable('1-800-662-4357'))
    assert.ok(isDialable('+852 98186186'.replace(' ', '')))
    assert.ok(!isDialable('1800 250 015'))
  })
})

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    assert.ok(isRealDate('2024-02-29'))
    assert.ok(!isRealDate('2025-02-30'))
    assert.ok(!isRealDate('2025-13-01'))
    assert.ok(!isRealDate('28/11/2026'))
  })
  it('adds months, clamping to the end of the month', () => {
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28')
    assert.equal(addMonths('2026-11-28', 12), '2027-11-28')
  })
  it('writes dates in words', () => {
    assert.equal(t('en').date('2026-11-28'), '28 November 2026')
  })
})
