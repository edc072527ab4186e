// TextEncoder / TextDecoder (Boa 0.22 has neither): UTF-8 encoding, and
// decoding of utf-8, utf-16le and latin1 (windows-1252 labels) with `fatal`,
// `ignoreBOM` and streaming, as Node 20 does.
'use strict';

const { utf8Encode, utf8Write, utf8Decode, newDecodeState, StringBuilder } = require('internal/utf8');
const { codes } = require('internal/errors');

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    const [written, read] = utf8Write(`${src}`, dest, 0, dest.length);
    return { read, written };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = Object.create({ constructor: TextEncoder });
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}

const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  labels.set(l, 'utf-8');
}
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(l, 'utf-16le');
}
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
  'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #state;
  #bomSeen;
  #pending;

  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
    const enc = labels.get(label);
    if (enc === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && typeof options !== 'object' && options !== undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
    this.#reset();
  }

  #reset() {
    this.#state = newDecodeState();
    this.#bomSeen = false;
    this.#pending = [];
  }

  get encoding() {
    return this.#encoding;
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this).constructor || TextDecoder;
    const obj = Object.create({ constructor });
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `${constructor.name} ${inspect(obj)}`;
  }

  decode(input = undefined, options = {}) {
    const bytes = toBytes(input);
    const stream = Boolean(options && options.stream);
    let result;
    if (this.#encoding === 'utf-8') {
      result = utf8Decode(bytes, 0, bytes.length, this.#state);
      if (!stream && this.#state.needed !== 0) {
        result += '\ufffd';
        this.#state.errors++;
        this.#state.needed = 0;
      }
      if (this.#fatal && this.#state.errors > 0) {
        this.#reset();
        throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
      }
      if (!stream) this.#state = newDecodeState();
      if (!this.#ignoreBOM && !this.#bomSeen && result.length > 0) {
        if (result.charCodeAt(0) === 0xfeff) result = result.slice(1);
        this.#bomSeen = true;
      }
    } else if (this.#encoding === 'utf-16le') {
      const all = this.#pending.concat(Array.from(bytes));
      const usable = stream ? all.length - (all.length % 2) : all.length;
      const sb = new StringBuilder();
      for (let i = 0; i + 1 < usable; i += 2) sb.units.push(all[i] | (all[i + 1] << 8));
      if (!stream && all.length % 2 === 1) {
        if (this.#fatal) throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
        sb.units.push(0xfffd);
      }
      this.#pending = stream ? all.slice(usable) : [];
      result = sb.toString();
      if (!this.#ignoreBOM && !this.#bomSeen && result.length > 0) {
        if (result.charCodeAt(0) === 0xfeff) result = result.slice(1);
        this.#bomSeen = true;
      }
    } else {
      const sb = new StringBuilder();
      for (let i = 0; i < bytes.length; i++) sb.units.push(cp1252(bytes[i]));
      result = sb.toString();
    }
    if (!stream) {
      this.#bomSeen = false;
    }
    return result;
  }
}

const cp1252Table = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function cp1252(b) {
  return b >= 0x80 && b <= 0x9f ? cp1252Table[b - 0x80] : b;
}

module.exports = { TextEncoder, TextDecoder };
