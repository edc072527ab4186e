// `require('_stream_passthrough')`: Node's legacy alias of stream.PassThrough.
'use strict';
module.exports = require('stream').PassThrough;
