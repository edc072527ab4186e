// Web streams (ReadableStream, WritableStream) are not part of the
// playground: converting to or from them fails clearly.
'use strict'

const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/streams/errors').codes

function unsupported(name) {
  return () => {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name + ' (web streams are not available in the playground)')
  }
}

module.exports = new Proxy({}, { __proto__: null, get: (_, key) => unsupported(String(key)) })
