// `timers`: the timer functions the runtime installs as globals (the event
// loop owns them), Node's deprecated list API (`enroll`, `unenroll`,
// `active`, `_unrefActive`: any object with `_onTimeout` becomes a timer)
// and `timers.promises`.
'use strict'

const g = globalThis
const { insertGuarded, unenroll, emitWarning } = host.internals
const { deprecate } = require('util')
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors')

const TIMEOUT_MAX = 2 ** 31 - 1

// Node's getTimerDuration.
function getTimerDuration(msecs, name) {
  if (typeof msecs !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', msecs)
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs)
  }
  if (msecs > TIMEOUT_MAX) {
    emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning')
    return TIMEOUT_MAX
  }
  return msecs
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs')
  if (item._idleNext) unenroll(item)
  item._idleNext = item
  item._idlePrev = item
  item._idleTimeout = msecs
}

module.exports = {
  setTimeout: g.setTimeout,
  clearTimeout: g.clearTimeout,
  setImmediate: g.setImmediate,
  clearImmediate: g.clearImmediate,
  setInterval: g.setInterval,
  clearInterval: g.clearInterval,
  _unrefActive: deprecate(function unrefActive(item) { insertGuarded(item, false) },
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(function active(item) { insertGuarded(item, true) },
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(function unenroll_(item) { unenroll(item) },
    'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll,
    'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095')
}

Object.defineProperty(module.exports, 'promises', { __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises')
  }
})
