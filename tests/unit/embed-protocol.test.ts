import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { HEIGHT_LIMITS, MESSAGE_TYPE } from '../../lib/embed/protocol'

// resize.js is a static file NGOs load as it is, so it carries its own copy of the protocol's
// constants; this keeps that copy equal to lib/embed/protocol.ts.
describe('embed protocol', () => {
  const resize = fs.readFileSync('public/embed/v1/resize.js', 'utf8')
  it('the resize script uses the protocol’s message type and height limits', () => {
    assert.match(resize, new RegExp(`var TYPE = '${MESSAGE_TYPE}'`))
    assert.match(resize, new RegExp(`var MIN = ${HEIGHT_LIMITS.min}\\b`))
    assert.match(resize, new RegExp(`var MAX = ${HEIGHT_LIMITS.max}\\b`))
  })
})
