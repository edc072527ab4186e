// The slice of `process` the vendored stream code uses: nextTick (the
// runtime's nextTick queue, shared with user code) and stdout/stderr identity.
'use strict'

function nextTick(fn, ...args) {
  if (typeof fn !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/streams/errors').codes
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', fn)
  }
  host.nextTick(args.length === 0 ? fn : () => fn(...args))
}

module.exports = {
  nextTick,
  // Compared by identity only (pipe() never ends stdout/stderr).
  get stdout() {
    return typeof process === 'object' && process !== null ? process.stdout : undefined
  },
  get stderr() {
    return typeof process === 'object' && process !== null ? process.stderr : undefined
  }
}
