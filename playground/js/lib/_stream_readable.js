// `require('_stream_readable')`: Node's legacy alias of stream.Readable.
'use strict';
module.exports = require('stream').Readable;
