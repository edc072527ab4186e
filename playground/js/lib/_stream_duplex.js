// `require('_stream_duplex')`: Node's legacy alias of stream.Duplex.
'use strict';
module.exports = require('stream').Duplex;
