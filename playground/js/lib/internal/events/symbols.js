// Node's internal/events/symbols: the option key that makes events.on yield
// each event's first argument instead of the argument array (readline's
// async iterator uses it).
'use strict'

module.exports = { kFirstEventParam: Symbol('nodejs.kFirstEventParam') }
