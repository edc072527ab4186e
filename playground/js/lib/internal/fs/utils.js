// The argument checks and option helpers of Node 20's
// lib/internal/fs/utils.js (and the internal/validators helpers they use)
// that fs.read/write, utimes and the generated internal/fs/streams need,
// ported with the same order of checks and the same error codes and messages.
'use strict'

const { codes } = require('internal/errors')

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value)
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value)
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value)
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value)
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value)
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value)
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0
  validateInt32(fd, propName, 0)
  return fd
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer)
  }
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer)
  }
}

function validateEncoding(data, encoding) {
  const normalized = require('internal/util_encoding').normalizeEncoding(encoding)
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`)
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new codes.ERR_OUT_OF_RANGE('offset', '>= 0', offset)
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length)
  if (offset + length > bufferLength) {
    throw new codes.ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length)
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new codes.ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset)
  if (length > byteLength - offset) throw new codes.ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length)
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length)
  validateInt32(length, 'length', 0)
}

function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1)
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position)
    }
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position)
  }
}

function assertEncoding(encoding) {
  if (encoding && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding')
  }
}

function getOptions(options, defaultOptions = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaultOptions
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions }
    defaultOptions.encoding = options
    options = defaultOptions
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options)
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding)
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal')
  return options
}

function copyObject(source) {
  const target = {}
  for (const key in source) target[key] = source[key]
  return target
}

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path)
  }
  if ((typeof path === 'string' && !path.includes('\u0000')) || (typeof path !== 'string' && !path.includes(0))) return
  throw new codes.ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes')
}

/** A mode: a number (uint32) or an octal string. */
function parseFileMode(value, name, def) {
  value ??= def
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string')
    }
    value = Number.parseInt(value, 8)
  }
  require('internal/validators').validateUint32(value, name)
  return value
}

/** A Date, a number or a numeric string as fractional Unix seconds. */
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000
    return time
  }
  if (time instanceof Date) return time.getTime() / 1000
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time)
}

let nonPortableWarned = false
/** mkdtemp's one-time warning for a prefix ending in X. */
function warnOnNonPortableTemplate(template) {
  if (!nonPortableWarned && (typeof template === 'string' ? template.endsWith('X') : template[template.length - 1] === 0x58)) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html')
    nonPortableWarned = true
  }
}

module.exports = {
  validateInt32, validateInteger, getValidatedFd, validateBuffer, validateStringAfterArrayBufferView, validateEncoding,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, toUnixTimestamp, warnOnNonPortableTemplate,
  assertEncoding, getOptions, copyObject, validatePath, parseFileMode,
}
