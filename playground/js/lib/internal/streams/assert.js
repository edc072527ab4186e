// Node's internal/assert: a failed internal invariant.
'use strict'

module.exports = function assert(value, message) {
  if (!value) {
    const err = new Error(message || 'Assertion failed')
    err.code = 'ERR_INTERNAL_ASSERTION'
    throw err
  }
}
