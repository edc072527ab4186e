// The `buffer` module: Buffer as a Uint8Array subclass (as in Node, whose
// FastBuffer is one), with Node 20's encodings (utf8, hex, base64,
// base64url, latin1/binary, ascii, utf16le/ucs2), factories, comparison,
// search, numeric read/write methods, and `<Buffer 68 69>` inspection.
'use strict';

const { codes } = require('internal/errors');
const { validateNumber, validateInteger, validateString } = require('internal/validators');
const { utf8Length, utf8Write, utf8Decode } = require('internal/utf8');
// internal/inspect is large: loaded only when a Buffer is inspected.
const utilInspect = (value, options) => require('internal/inspect').inspect(value, options);
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const types = require('internal/types');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// DEP0005, as Node's showFlaggedDeprecation: once, and only when the first
// frame outside Node's own code is not in a node_modules folder.
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
  'Buffer.from() methods instead.';
let bufferWarningEmitted = false;
let nodeModulesChecks = 0;

function isInsideNodeModules() {
  const { stackTraceLimit, prepareStackTrace } = Error;
  let stack;
  try {
    // The raw frames, without the program's prepareStackTrace (which may
    // itself call Buffer()).
    Error.stackTraceLimit = Infinity;
    Error.prepareStackTrace = undefined;
    stack = new Error().stack;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    Error.prepareStackTrace = prepareStackTrace;
  }
  for (const line of String(stack).split('\n')) {
    const m = /^ {4}at (?:.*\()?(.+?)(?::\d+:\d+)?\)?$/.exec(line);
    if (m === null || !/^\/|\\/.test(m[1])) continue;
    return /[\\/]node_modules[\\/]/.test(m[1]);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000 || isInsideNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, { __proto__: null,
  enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

// ----- encodings -----

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

function getEncoding(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return normalized;
}

const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64urlchars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64lookup = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  b64lookup[b64chars.charCodeAt(i)] = i;
  b64lookup[b64urlchars.charCodeAt(i)] = i;
}

function base64Decode(str) {
  // Node skips characters outside the alphabet and stops at the first '='.
  const out = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 61) break; // '='
    const v = c < 256 ? b64lookup[c] : -1;
    if (v === -1) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 61) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 61) len--;
  return (len * 3) >>> 2;
}

// Strings are built from char-code chunks: repeated `+=` copies the whole
// string each time on Boa, which is quadratic for large buffers.
function base64Encode(bytes, start, end, url) {
  const chars = url ? b64urlchars : b64chars;
  const codes = [];
  const parts = [];
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    codes.push(chars.charCodeAt(n >> 18), chars.charCodeAt((n >> 12) & 63),
      chars.charCodeAt((n >> 6) & 63), chars.charCodeAt(n & 63));
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, codes));
      codes.length = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, codes));
  let out = parts.join('');
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += chars[n >> 18] + chars[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function hexDecode(str) {
  const out = [];
  for (let i = 0; i + 1 < str.length; i += 2) {
    const hi = hexValue(str.charCodeAt(i));
    const lo = hexValue(str.charCodeAt(i + 1));
    if (hi === -1 || lo === -1) break;
    out.push(hi * 16 + lo);
  }
  return out;
}

const hexTable = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

function fromCodes(bytes, start, end, map) {
  let out = '';
  const CHUNK = 8192;
  for (let i = start; i < end; i += CHUNK) {
    const slice = Array.prototype.slice.call(bytes, i, Math.min(end, i + CHUNK));
    out += String.fromCharCode.apply(null, map ? slice.map(map) : slice);
  }
  return out;
}

function decode(bytes, encoding, start, end) {
  switch (encoding) {
    case 'utf8':
      return utf8Decode(bytes, start, end);
    case 'hex': {
      const parts = [];
      for (let i = start; i < end; i += 4096) {
        const chunk = [];
        const stop = Math.min(end, i + 4096);
        for (let j = i; j < stop; j++) chunk.push(hexTable[bytes[j]]);
        parts.push(chunk.join(''));
      }
      return parts.join('');
    }
    case 'base64':
      return base64Encode(bytes, start, end, false);
    case 'base64url':
      return base64Encode(bytes, start, end, true);
    case 'latin1':
      return fromCodes(bytes, start, end);
    case 'ascii':
      return fromCodes(bytes, start, end, (b) => b & 0x7f);
    case 'utf16le': {
      const units = [];
      for (let i = start; i + 1 < end; i += 2) units.push(bytes[i] | (bytes[i + 1] << 8));
      return fromCodes(units, 0, units.length);
    }
  }
  throw new codes.ERR_UNKNOWN_ENCODING(encoding);
}

// Encodes `string` into `buf` at offset, at most `length` bytes.
function encodeInto(buf, string, encoding, offset, length) {
  const max = Math.min(length, buf.length - offset);
  switch (encoding) {
    case 'utf8':
      return utf8Write(string, buf, offset, max)[0];
    case 'latin1':
    case 'ascii': {
      const n = Math.min(max, string.length);
      for (let i = 0; i < n; i++) buf[offset + i] = string.charCodeAt(i) & 0xff;
      return n;
    }
    case 'utf16le': {
      const n = Math.min(max >>> 1, string.length);
      for (let i = 0; i < n; i++) {
        const c = string.charCodeAt(i);
        buf[offset + 2 * i] = c & 0xff;
        buf[offset + 2 * i + 1] = c >>> 8;
      }
      return n * 2;
    }
    default: {
      const bytes = encoding === 'hex' ? hexDecode(string) : base64Decode(string);
      const n = Math.min(max, bytes.length);
      for (let i = 0; i < n; i++) buf[offset + i] = bytes[i];
      return n;
    }
  }
}

function byteLengthOf(string, encoding) {
  switch (encoding) {
    case 'utf8':
      return utf8Length(string);
    case 'utf16le':
      return string.length * 2;
    case 'latin1':
    case 'ascii':
      return string.length;
    case 'hex':
      return string.length >>> 1;
    case 'base64':
    case 'base64url':
      return base64ByteLength(string);
  }
  return utf8Length(string);
}

// ----- factories -----

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

function fromString(string, encoding) {
  let enc = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0) enc = getEncoding(encoding);
  const length = byteLengthOf(string, enc);
  const buf = new FastBuffer(length);
  const actual = encodeInto(buf, string, enc, 0, length);
  return actual !== length ? new FastBuffer(buf.buffer, 0, actual) : buf;
}

function fromArrayLike(obj) {
  const length = obj.length >>> 0;
  const buf = new FastBuffer(length);
  for (let i = 0; i < length; i++) buf[i] = obj[i];
  return buf;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (types.isAnyArrayBuffer(value)) {
      const maxLength = value.byteLength;
      let offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
      if (Number.isNaN(offset)) offset = 0;
      if (offset > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
      if (length === undefined) {
        length = maxLength - offset;
      } else {
        length = +length;
        if (length > 0) {
          if (length > maxLength - offset) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
        } else {
          length = 0;
        }
      }
      return new FastBuffer(value, offset, length);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value) || Array.isArray(value) || typeof value.length === 'number') {
      if (types.isTypedArray(value) && !(value instanceof Uint8Array)) {
        return fromArrayLike(value);
      }
      if (ArrayBuffer.isView(value) && !types.isTypedArray(value)) {
        return new FastBuffer(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
      }
      return fromArrayLike(value);
    }
    // Node's fromObject: an object whose `buffer` is an ArrayBuffer, and no length, is empty.
    if (value.length !== undefined || types.isAnyArrayBuffer(value.buffer)) return new FastBuffer();
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

// As Node 20's: a TypedArray, offset and length in its elements (integers >= 0).
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!types.isTypedArray(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = Object.getPrototypeOf(Uint8Array.prototype).slice.call(view, offset, end);
  }
  return new FastBuffer(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || types.isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const enc = normalizeEncoding(encoding) || 'utf8';
  return byteLengthOf(string, enc);
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const len = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < len; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!(buf1 instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!(buf2 instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateNumber(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!(buf instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    const n = Math.min(buf.length, length - pos);
    if (n <= 0) {
      if (pos >= length) break;
      continue; // an empty buffer in the list
    }
    buffer.set(n === buf.length ? buf : buf.subarray(0, n), pos);
    pos += n;
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

// ----- prototype -----

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', { __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', { __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Decode(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Decode(this, start, end);
  // Unlike elsewhere, null is not utf8 here (Node's getEncodingOps reads 'null').
  if (encoding === null) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return decode(this, getEncoding(encoding), start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!(otherBuffer instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!(target instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateInteger(targetStart, 'targetStart', 0);
  if (targetEnd === undefined) targetEnd = target.length;
  else validateInteger(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateInteger(sourceStart, 'sourceStart', 0);
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateInteger(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < actualMax; i++) str += (i === 0 ? '' : ' ') + hexTable[this[i]];
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = Object.create(null);
    const keys = require('internal/inspect').getOwnNonIndexProperties(this, ctx.showHidden);
    for (const key of keys) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.slice = function slice(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  let needle;
  if (typeof val === 'number') {
    needle = [(val >>> 0) & 0xff];
  } else if (typeof val === 'string') {
    needle = fromString(val, encoding);
  } else if (val instanceof Uint8Array) {
    needle = val;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  const len = buffer.length;
  if (byteOffset < 0) byteOffset += len;
  if (needle.length === 0) {
    if (dir) return byteOffset < 0 ? 0 : byteOffset > len ? len : byteOffset;
    return byteOffset < 0 ? -1 : byteOffset > len ? len : byteOffset;
  }
  // UTF-16 searches (as Node's C++) compare 16-bit units at even offsets,
  // the needle cut to whole units.
  let step = 1;
  if (typeof val !== 'number' && encoding !== undefined && normalizeEncoding(encoding) === 'utf16le') {
    if (len < 2 || needle.length < 2) return -1;
    step = 2;
    if (needle.length % 2) needle = needle.subarray(0, needle.length - 1);
    if (byteOffset > 0) byteOffset -= byteOffset % 2;
  }
  if (dir) {
    if (byteOffset < 0) byteOffset = 0;
    for (let i = byteOffset; i + needle.length <= len; i += step) {
      if (matchAt(buffer, needle, i)) return i;
    }
  } else {
    if (byteOffset < 0) return -1;
    let i = Math.min(byteOffset, len - needle.length);
    if (step === 2) i -= i % 2;
    for (; i >= 0; i -= step) {
      if (matchAt(buffer, needle, i)) return i;
    }
  }
  return -1;
}

function matchAt(buffer, needle, i) {
  for (let j = 0; j < needle.length; j++) if (buffer[i + j] !== needle[j]) return false;
  return true;
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0);
    if (end === undefined) {
      end = buf.length;
    } else {
      validateInteger(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
  } else if (typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(buf, value ? 1 : 0, offset, end);
  } else {
    const bytes = typeof value === 'string' ? fromString(value, encoding) :
      value instanceof Uint8Array ? value : fromArrayLike(value);
    if (bytes.length === 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('value', value);
    }
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) buf[i] = bytes[j];
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  validateString(string, 'string');
  if (offset === undefined) {
    return encodeInto(this, string, 'utf8', 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return encodeInto(this, string, 'utf8', offset, length);
  return encodeInto(this, string, getEncoding(encoding), offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!(target instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 0);
  if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 0);
  if (sourceStart < 0 || sourceStart > this.length) {
    throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 0);
  if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  let nb = sourceEnd - sourceStart;
  if (nb > target.length - targetStart) nb = target.length - targetStart;
  if (sourceStart !== 0 || sourceEnd < this.length || nb !== this.length) {
    Uint8Array.prototype.set.call(target, this.subarray(sourceStart, sourceStart + nb), targetStart);
  } else {
    Uint8Array.prototype.set.call(target, this, targetStart);
  }
  return nb;
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < this.length; i += 2) swap(this, i, i + 1);
  return this;
};
proto.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < this.length; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};
proto.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < this.length; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le']) {
  const norm = normalizeEncoding(enc);
  proto[`${enc}Slice`] = function (start = 0, end = this.length) {
    return decode(this, norm, start, end);
  };
  proto[`${enc}Write`] = function (string, offset = 0, length = this.length - offset) {
    return encodeInto(this, string, norm, offset, length);
  };
}

// ----- numeric reads and writes -----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkRead(buf, offset, size) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  return offset;
}

function view(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2 ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

const intSpecs = [
  // [name suffix, bytes, getter, setter, min, max]
  ['UInt8', 1, 'getUint8', 'setUint8', 0, 0xff],
  ['Int8', 1, 'getInt8', 'setInt8', -0x80, 0x7f],
  ['UInt16', 2, 'getUint16', 'setUint16', 0, 0xffff],
  ['Int16', 2, 'getInt16', 'setInt16', -0x8000, 0x7fff],
  ['UInt32', 4, 'getUint32', 'setUint32', 0, 0xffffffff],
  ['Int32', 4, 'getInt32', 'setInt32', -0x80000000, 0x7fffffff],
];

for (const [name, size, get, set, min, max] of intSpecs) {
  const ends = size === 1 ? [''] : ['LE', 'BE'];
  for (const end of ends) {
    const little = end === 'LE';
    const read = function (offset = 0) {
      offset = checkRead(this, offset, size);
      return view(this)[get](offset, little);
    };
    const write = function (value, offset = 0) {
      value = +value;
      if (size === 1) validateNumber(offset, 'offset'); // before the value, as Node's writeU_Int8
      checkInt(value, min, max, this, offset, size - 1);
      view(this)[set](offset, value, little);
      return offset + size;
    };
    proto[`read${name}${end}`] = read;
    proto[`write${name}${end}`] = write;
    if (name.startsWith('UInt')) {
      proto[`readUint${name.slice(4)}${end}`] = read;
      proto[`writeUint${name.slice(4)}${end}`] = write;
    }
  }
}

for (const [name, get, set] of [['BigInt64', 'getBigInt64', 'setBigInt64'], ['BigUInt64', 'getBigUint64', 'setBigUint64']]) {
  const signed = name === 'BigInt64';
  for (const end of ['LE', 'BE']) {
    const little = end === 'LE';
    const read = function (offset = 0) {
      offset = checkRead(this, offset, 8);
      return view(this)[get](offset, little);
    };
    const write = function (value, offset = 0) {
      if (typeof value !== 'bigint') throw new codes.ERR_INVALID_ARG_TYPE('value', 'bigint', value);
      const min = signed ? -(2n ** 63n) : 0n;
      const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
      checkInt(value, min, max, this, offset, 7);
      view(this)[set](offset, value, little);
      return offset + 8;
    };
    proto[`read${name}${end}`] = read;
    proto[`write${name}${end}`] = write;
    if (!signed) {
      proto[`readBigUint64${end}`] = read;
      proto[`writeBigUint64${end}`] = write;
    }
  }
}

for (const [name, size, get, set] of [['Float', 4, 'getFloat32', 'setFloat32'], ['Double', 8, 'getFloat64', 'setFloat64']]) {
  for (const end of ['LE', 'BE']) {
    const little = end === 'LE';
    proto[`read${name}${end}`] = function (offset = 0) {
      offset = checkRead(this, offset, size);
      return view(this)[get](offset, little);
    };
    proto[`write${name}${end}`] = function (value, offset = 0) {
      value = +value;
      if (offset === undefined) offset = 0;
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + size - 1] === undefined) {
        boundsError(offset, this.length - size);
      }
      view(this)[set](offset, value, little);
      return offset + size;
    };
  }
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new codes.ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  validateNumber(byteLength, 'byteLength');
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function readVar(buf, offset, byteLength, little, signed) {
  // No default offset here, unlike the fixed-size reads.
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  offset = checkRead(buf, offset, byteLength);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < byteLength; i++) {
    const b = little ? buf[offset + i] : buf[offset + byteLength - 1 - i];
    val += b * mul;
    mul *= 0x100;
  }
  if (signed && val >= mul / 2) val -= mul;
  return val;
}

function writeVar(buf, value, offset, byteLength, little, signed) {
  checkByteLength(byteLength);
  value = +value;
  const bits = byteLength * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkInt(value, min, max, buf, offset, byteLength - 1);
  let v = value < 0 ? value + 2 ** bits : value;
  for (let i = 0; i < byteLength; i++) {
    const idx = little ? offset + i : offset + byteLength - 1 - i;
    buf[idx] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + byteLength;
}

proto.readUIntLE = proto.readUintLE = function (offset, byteLength) {
  return readVar(this, offset, byteLength, true, false);
};
proto.readUIntBE = proto.readUintBE = function (offset, byteLength) {
  return readVar(this, offset, byteLength, false, false);
};
proto.readIntLE = function (offset, byteLength) {
  return readVar(this, offset, byteLength, true, true);
};
proto.readIntBE = function (offset, byteLength) {
  return readVar(this, offset, byteLength, false, true);
};
proto.writeUIntLE = proto.writeUintLE = function (value, offset, byteLength) {
  return writeVar(this, value, offset, byteLength, true, false);
};
proto.writeUIntBE = proto.writeUintBE = function (value, offset, byteLength) {
  return writeVar(this, value, offset, byteLength, false, false);
};
proto.writeIntLE = function (value, offset, byteLength) {
  return writeVar(this, value, offset, byteLength, true, true);
};
proto.writeIntBE = function (value, offset, byteLength) {
  return writeVar(this, value, offset, byteLength, false, true);
};

// Non-enumerable, like Node's prototype methods.
for (const key of Object.keys(proto)) {
  if (key === 'parent' || key === 'offset') continue;
  const d = Object.getOwnPropertyDescriptor(proto, key);
  if (d && 'value' in d) Object.defineProperty(proto, key, { __proto__: null, enumerable: false });
}

function SlowBuffer(size) {
  return Buffer.allocUnsafe(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) {
      throw new (require('internal/per_context/domexception').DOMException)('Invalid character', 'InvalidCharacterError');
    }
  }
  return decode(fromString(input, 'latin1'), 'base64', 0, input.length);
}

function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw new (require('internal/per_context/domexception').DOMException)('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return decode(base64Decode(input), 'latin1', 0, base64Decode(input).length);
}

function isUtf8(input) {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) :
    new Uint8Array(input);
  const state = require('internal/utf8').newDecodeState();
  utf8Decode(bytes, 0, bytes.length, state);
  return state.errors === 0 && state.needed === 0;
}

function isAscii(input) {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) :
    new Uint8Array(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode: undefined,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  resolveObjectURL: (url) => require('internal/blob').resolveObjectURL(url),
};
delete module.exports.transcode;
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, { __proto__: null,
    enumerable: true,
    configurable: true,
    get: () => require('internal/blob')[name],
  });
}
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', { __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
