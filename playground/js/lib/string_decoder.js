// The `string_decoder` module: StringDecoder turns a stream of byte chunks
// into strings without splitting multi-byte characters (utf8, utf16le,
// base64, base64url keep partial input between writes; hex, latin1 and
// ascii need no state).
'use strict';

const { codes } = require('internal/errors');
const { utf8Decode, newDecodeState } = require('internal/utf8');

function normalizeEncoding(enc) {
  const { Buffer } = require('buffer');
  const lower = enc == null ? 'utf8' : `${enc}`.toLowerCase();
  if (enc != null && !Buffer.isEncoding(lower)) throw new codes.ERR_UNKNOWN_ENCODING(enc);
  switch (lower) {
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf-16le':
      return 'utf16le';
    case 'binary':
      return 'latin1';
    default:
      return lower;
  }
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

const kNativeDecoder = Symbol('kNativeDecoder');
const encodingIndex = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

// A plain constructor function, as in Node: packages subclass it the old
// way (iconv-lite: `StringDecoder.call(this, enc)`), which a class forbids.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, '_state', { value: newDecodeState(), writable: true, enumerable: false });
  Object.defineProperty(this, '_pending', { value: [], writable: true, enumerable: false });
  // Node keeps its state in a 7-byte buffer shown by util.inspect.
  const { Buffer } = require('buffer');
  this[kNativeDecoder] = Buffer.from([0, 0, 0, 0, 0, 0, encodingIndex[this.encoding] ?? 1]);
}

Object.assign(StringDecoder.prototype, {
  write(buf) {
    if (typeof buf === 'string') return buf;
    const bytes = toBytes(buf);
    const { Buffer } = require('buffer');
    switch (this.encoding) {
      case 'utf8':
        return utf8Decode(bytes, 0, bytes.length, this._state);
      case 'utf16le': {
        const all = this._pending.concat(Array.from(bytes));
        let usable = all.length - (all.length % 2);
        // Keep a trailing high surrogate for the next chunk.
        if (usable >= 2) {
          const last = all[usable - 2] | (all[usable - 1] << 8);
          if (last >= 0xd800 && last <= 0xdbff) usable -= 2;
        }
        this._pending = all.slice(usable);
        return Buffer.from(all.slice(0, usable)).toString('utf16le');
      }
      case 'base64':
      case 'base64url': {
        const all = this._pending.concat(Array.from(bytes));
        const usable = all.length - (all.length % 3);
        this._pending = all.slice(usable);
        return Buffer.from(all.slice(0, usable)).toString(this.encoding);
      }
      default:
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(this.encoding);
    }
  },

  end(buf) {
    let r = buf === undefined ? '' : this.write(buf);
    const { Buffer } = require('buffer');
    if (this.encoding === 'utf8') {
      if (this._state.needed !== 0) r += '\ufffd';
      this._state = newDecodeState();
    } else if (this._pending.length > 0) {
      if (this.encoding === 'utf16le') {
        const even = this._pending.length - (this._pending.length % 2);
        r += Buffer.from(this._pending.slice(0, even)).toString('utf16le');
      } else {
        r += Buffer.from(this._pending).toString(this.encoding);
      }
      this._pending = [];
    }
    return r;
  },

  text(buf, offset) {
    return this.write(buf.slice(offset));
  },
});

Object.defineProperties(StringDecoder.prototype, {
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      if (this.encoding === 'utf8') return this._state.needed - this._state.seen;
      return 0;
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      if (this.encoding === 'utf8') return this._state.needed ? this._state.needed + 1 : 0;
      return this._pending.length;
    },
  },
});


module.exports = { StringDecoder };
