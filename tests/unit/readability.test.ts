import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyseBody } from '../../lib/content/analyse'
import { t } from '../../lib/i18n'
import { gradeOf, sentences, stats } from '../../lib/text/readability'

describe('reading level', () => {
  it('counts sentences and words, not splitting on abbreviations or numbers', () => {
    assert.deepEqual(
      sentences('Call 911 now. Stay with them! Is it 24/7?').map((s) => s.words),
      [3, 3, 3],
    )
  })
  it('grades simple text low and dense text high', () => {
    const easy = gradeOf(stats(['Stay with your friend. Keep them cool. Call for help.']))
    const hard = gradeOf(
      stats([
        'Methamphetamine intoxication frequently precipitates hyperthermia and cardiovascular complications necessitating intervention.',
      ]),
    )
    assert.ok(easy < 3, `easy text graded ${easy}`)
    assert.ok(hard > 12, `hard text graded ${hard}`)
  })
  it('measures only body text: headings and table header rows do not count', () => {
    const a = analyseBody(
      '## A very long heading with many extraordinarily complicated polysyllabic words\n\nKeep cool.<Cite id="x" f="F1" />\n',
    )
    assert.equal(a.readingBlocks.length, 1)
    assert.equal(a.stats.words, 2)
  })
  it('describes a grade in everyday words', () => {
    assert.match(t('en').readingLevel(5), /Easy to read: most children of 10/)
    assert.match(t('en').readingLevel(7.6), /Fairly easy/)
    assert.match(t('en').readingLevel(11), /Harder to read/)
  })
})
