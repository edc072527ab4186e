// Node's internal/events/abort_listener: events.addAbortListener, for the
// generated readline modules.
'use strict'

module.exports = { addAbortListener: require('events').addAbortListener }
