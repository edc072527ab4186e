// `timers`: the timer functions the runtime installs as globals (the event
// loop owns them), plus `timers.promises`.
'use strict'

const g = globalThis
module.exports = {
  setTimeout: g.setTimeout,
  clearTimeout: g.clearTimeout,
  setInterval: g.setInterval,
  clearInterval: g.clearInterval,
  setImmediate: g.setImmediate,
  clearImmediate: g.clearImmediate
}

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises')
  }
})
