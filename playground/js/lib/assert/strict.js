// `assert/strict`: assert in strict mode.
'use strict';

module.exports = require('assert').strict;
