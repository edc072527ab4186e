// Lazily loaded by bootstrap.js: structuredClone and DOMException, which
// most programs never touch (kept out of the per-run start-up cost).
'use strict';

  function structuredClone(value, options) {
  const seen = new Map();
  const clone = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw dataCloneError(`${String(v)} could not be cloned.`);
      return v;
    }
    if (typeof v === 'function') throw dataCloneError(`${String(v)} could not be cloned.`);
    if (seen.has(v)) return seen.get(v);
    let out;
    const tag = Object.prototype.toString.call(v);
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    }
    switch (tag) {
      case '[object Date]': out = new Date(v.getTime()); break;
      case '[object RegExp]': out = new RegExp(v.source, v.flags); break;
      case '[object Boolean]': out = new Boolean(v.valueOf()); break;
      case '[object Number]': out = new Number(v.valueOf()); break;
      case '[object String]': out = new String(v.valueOf()); break;
      case '[object BigInt]': out = Object(v.valueOf()); break;
      case '[object Map]':
        out = new Map(); seen.set(v, out);
        for (const [k, val] of v) out.set(clone(k), clone(val));
        return out;
      case '[object Set]':
        out = new Set(); seen.set(v, out);
        for (const val of v) out.add(clone(val));
        return out;
      case '[object ArrayBuffer]': out = v.slice(0); break;
      case '[object Error]': {
        const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
        out = new Ctor(v.message);
        if (v.stack !== undefined) Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
        if ('cause' in v) out.cause = clone(v.cause);
        break;
      }
      default:
        if (ArrayBuffer.isView(v)) {
          const buf = clone(v.buffer);
          out = v instanceof DataView ? new DataView(buf, v.byteOffset, v.byteLength)
            : new (v.constructor.name === 'Buffer' ? Uint8Array : v.constructor)(buf, v.byteOffset, v.length);
          break;
        }
        if (tag === '[object WeakMap]' || tag === '[object WeakSet]' || tag === '[object Promise]' || tag === '[object WeakRef]') {
          throw dataCloneError(`${tag.slice(8, -1)} object could not be cloned.`);
        }
        out = {};
        seen.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
    }
    seen.set(v, out);
    return out;
  };
  if (arguments.length === 0) throw new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
  void options;
  return clone(value);
}
const domExceptionCodes = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25 };
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? String(options.name ?? 'Error') : String(options);
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true, enumerable: false });
    if (typeof options === 'object' && options !== null && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
    }
  }
  get code() { return domExceptionCodes[this.name] || 0; }
}
function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

module.exports = { structuredClone, DOMException };
