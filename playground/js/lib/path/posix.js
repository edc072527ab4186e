// `require('path/posix')`: Node's path.posix.
'use strict';
module.exports = require('path').posix;
