// The symbols Node's internal/readline/interface shares with the generated
// internal/readline/emitKeypressEvents.
'use strict'

module.exports = { kSawKeyPress: Symbol('saw-key-press') }
