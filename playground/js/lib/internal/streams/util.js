// The slice of Node's internal/util, util/types, util/debuglog, blob,
// buffer and events/abort_listener that the vendored stream code uses.
'use strict'

const { Buffer } = require('buffer')
const { SymbolDispose, SymbolAsyncDispose } = require('internal/streams/primordials')

const kEmptyObject = Object.freeze({ __proto__: null })
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor

function once(callback) {
  let called = false
  return function (...args) {
    if (called) return
    called = true
    return Reflect.apply(callback, this, args)
  }
}

function createDeferredPromise() {
  let resolve
  let reject
  const promise = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value)
}

function isUint8Array(value) {
  return value instanceof Uint8Array
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8'
  switch (String(enc).toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'base64url':
    case 'ascii':
    case 'hex':
      return String(enc).toLowerCase()
    default:
      return undefined
  }
}

/** Runs `listener` once `signal` aborts (at once, as a microtask, if it already has). */
function addAbortListener(signal, listener) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/streams/errors').codes
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal)
  }
  let removeEventListener
  if (signal.aborted) {
    host.queueMicrotask(() => listener())
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true })
    removeEventListener = () => signal.removeEventListener('abort', listener)
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      if (removeEventListener) removeEventListener()
    }
  }
}

function debuglog() {
  const noop = () => {}
  noop.enabled = false
  return noop
}

/** `new FastBuffer(arrayBuffer, offset, length)`: a Buffer over that memory. */
function FastBuffer(buffer, byteOffset, length) {
  return Buffer.from(buffer, byteOffset, length)
}

function promisify() {
  throw new Error('internal promisify is not available here')
}
promisify.custom = Symbol.for('nodejs.util.promisify.custom')

module.exports = {
  kEmptyObject,
  promisify,
  once,
  createDeferredPromise,
  deprecate: (fn) => fn,
  SymbolDispose,
  SymbolAsyncDispose,
  isArrayBufferView,
  isUint8Array,
  normalizeEncoding,
  addAbortListener,
  debuglog,
  isBlob: () => false,
  FastBuffer,
  types: {
    isArrayBufferView,
    isUint8Array,
    isAsyncFunction: (fn) => fn instanceof AsyncFunction
  }
}
