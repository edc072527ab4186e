// `require('_stream_writable')`: Node's legacy alias of stream.Writable.
'use strict';
module.exports = require('stream').Writable;
