// `require('path/win32')`: Node's path.win32.
'use strict';
module.exports = require('path').win32;
