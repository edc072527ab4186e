// `fs/promises` (also `fs.promises`): internal/fs/promises's public part, as in Node.
'use strict'

module.exports = require('internal/fs/promises').exports
