// Blob and File (buffer.Blob, buffer.File; also globals in Node 20): bytes
// from strings, buffers and other blobs, slice, text(), arrayBuffer(), and
// Node's inspect output (`Blob { size: 12, type: 'text/plain' }`).
'use strict';

const { codes } = require('internal/errors');
const { utf8Encode, utf8Decode } = require('internal/utf8');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function toBytes(source, endings) {
  if (source instanceof Blob) return source._bytes();
  if (source instanceof ArrayBuffer) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  let str = `${source}`;
  if (endings === 'native') str = str.replace(/\r?\n/g, '\n');
  return utf8Encode(str);
}

const bytesOf = new WeakMap();

class Blob {
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const endings = `${(options && options.endings) || 'transparent'}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const b = toBytes(source, endings);
      parts.push(b);
      length += b.length;
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      bytes.set(p, pos);
      pos += p.length;
    }
    bytesOf.set(this, bytes);
    const type = `${(options && options.type) || ''}`;
    this.#type = disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
  }

  _bytes() {
    return bytesOf.get(this);
  }

  get size() {
    return bytesOf.get(this).length;
  }

  get type() {
    return this.#type;
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = rel(start);
    const to = rel(end);
    const blob = new Blob([], { type: contentType });
    bytesOf.set(blob, bytesOf.get(this).slice(from, Math.max(from, to)));
    return blob;
  }

  text() {
    const bytes = bytesOf.get(this);
    return Promise.resolve(utf8Decode(bytes, 0, bytes.length));
  }

  arrayBuffer() {
    const bytes = bytesOf.get(this);
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  get [Symbol.toStringTag]() {
    return 'Blob';
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}
Object.defineProperty(Blob.prototype, '_bytes', { __proto__: null, enumerable: false });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lm = options && options.lastModified;
    this.#lastModified = lm !== undefined ? Number(lm) : (typeof host === 'object' && host && typeof host.now === 'function' ? Date.now() : Date.now());
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  get [Symbol.toStringTag]() {
    return 'File';
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, opts)}`;
  }
}

// blob: URLs (URL.createObjectURL, buffer.resolveObjectURL): what Node keeps
// in C++ (internalBinding('blob')), kept here: id -> [blob, size, type].
const kHandle = Symbol('kHandle');
Object.defineProperty(Blob.prototype, kHandle, { __proto__: null, get() { return this; }, configurable: true });
const isBlob = (object) => object?.[kHandle] !== undefined;
const dataObjects = new Map();
function storeDataObject(id, handle, size, type) {
  dataObjects.set(id, [handle, size, type]);
}
const getDataObject = (id) => dataObjects.get(id);
function revokeObjectURL(url) {
  const m = /^blob:nodedata:([^#?]*)$/.exec(url.replace(/#.*$/s, ''));
  if (m) dataObjects.delete(m[1]);
}
function resolveObjectURL(url) {
  url = `${url}`;
  try {
    const parsed = new URL(url);
    const split = parsed.pathname.split(':');
    if (split.length !== 2) return undefined;
    const [base, id] = split;
    if (base !== 'nodedata') return undefined;
    const ret = getDataObject(id);
    if (ret === undefined) return undefined;
    return new Blob([ret[0]], { type: ret[2] });
  } catch {
    return undefined;
  }
}

module.exports = { Blob, File, kHandle, isBlob, storeDataObject, getDataObject, revokeObjectURL, resolveObjectURL };
