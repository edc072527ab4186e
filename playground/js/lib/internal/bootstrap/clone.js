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
        if (v.stack !== undefined) Object.defineProperty(out, 'stack', { __proto__: null, value: v.stack, writable: true, configurable: true });
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
  // Node's checks (C++ errors: a TypeError with an enumerable `code`).
  if (arguments.length === 0) throw codedTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    const { transfer } = options;
    if (transfer !== undefined && transfer !== null) {
      if ((typeof transfer !== 'object' && typeof transfer !== 'function') || typeof transfer[Symbol.iterator] !== 'function') {
        throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      }
    }
  }
  return clone(value);
}
// Node's own DOMException class (generated, see tools/vendor-node.py).
const { DOMException } = require('internal/per_context/domexception');
function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}
function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

module.exports = { structuredClone, DOMException };
