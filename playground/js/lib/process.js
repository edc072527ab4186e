// `process`: the process object, as the global first was.
'use strict'

module.exports = host.internals.process
