// `require('_stream_transform')`: Node's legacy alias of stream.Transform.
'use strict';
module.exports = require('stream').Transform;
