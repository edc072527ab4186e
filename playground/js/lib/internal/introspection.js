// What util.inspect needs to see but JavaScript hides: a proxy's target and
// handler, and the entries a Map/Set iterator has left; also V8-shaped
// `error.stack` strings and Error.captureStackTrace on Boa. Node reads them
// from V8; here `install()` (called by bootstrap before user code runs)
// wraps the Proxy constructor and the Map/Set iterator factories so the
// details are recorded as objects are made. Host hooks win when present:
// `host.proxyDetails(p) -> [target, handler] | undefined`,
// `host.previewEntries(iterator) -> [entries, isKeyValue] | undefined`.
'use strict';

const proxies = new WeakMap();
const iterators = new WeakMap();
let installed = false;

function wrapIteratorFactory(proto, name, kind) {
  const original = proto[name];
  const wrapped = {
    [name]() {
      const it = original.call(this);
      iterators.set(it, { source: this, kind, consumed: 0, original });
      return it;
    },
  }[name];
  Object.defineProperty(proto, name, { __proto__: null, value: wrapped, writable: true, enumerable: false, configurable: true });
  return wrapped;
}

function patchNext(iteratorProto) {
  const originalNext = iteratorProto.next;
  const next = {
    next() {
      const result = originalNext.call(this);
      const record = iterators.get(this);
      if (record !== undefined && !result.done) record.consumed++;
      return result;
    },
  }.next;
  Object.defineProperty(iteratorProto, 'next', { __proto__: null, value: next, writable: true, enumerable: false, configurable: true });
}

// Boa's `error.stack` holds only the frames; V8's starts with the
// "Name: message" line, is built on first read and then kept. Give Boa's
// the same shape, honour Error.stackTraceLimit (10 by default, as in V8)
// and provide Error.captureStackTrace.
function installErrorStacks(global) {
  const ErrorCtor = global.Error;
  // The host's bootstrap may already shape stacks (and then defines
  // captureStackTrace): leave its version alone.
  if (typeof ErrorCtor.captureStackTrace === 'function') return;
  const desc = Object.getOwnPropertyDescriptor(ErrorCtor.prototype, 'stack');
  if (!desc || typeof desc.get !== 'function' || !desc.configurable) return;
  const rawGet = desc.get;
  const header = (error) => {
    try {
      return ErrorCtor.prototype.toString.call(error);
    } catch {
      return 'Error';
    }
  };
  // Boa's frames in V8's words: "<main>" is CommonJS's "Object.<anonymous>",
  // natives show "(<anonymous>)", nameless natives are dropped.
  // Boa names both the script and anonymous functions "<main>": the last
  // frame is the script ("Object.<anonymous>" in CommonJS), others are
  // anonymous functions, which V8 prints as a bare location.
  const toV8Frame = (line, isLast) => {
    if (/^ {4}at {1,2}\(native\)$/.test(line)) return undefined;
    line = line
      .replace(/ \(native\)$/, ' (<anonymous>)')
      .replace(/\(unknown at :(\d+|\?):(\d+|\?)\)$/, '(<anonymous>:$1:$2)');
    if (isLast) return line.replace(/^ {4}at <main> \(/, '    at Object.<anonymous> (');
    return line.replace(/^ {4}at <main> \((.*)\)$/, '    at $1');
  };
  const build = (error, raw, skip = 0) => {
    let frames = raw.split('\n').filter((l) => l !== '').slice(skip);
    frames = frames.map((l, i) => toV8Frame(l, i === frames.length - 1)).filter((l) => l !== undefined);
    const limit = ErrorCtor.stackTraceLimit;
    if (typeof limit === 'number' && limit >= 0 && frames.length > limit) frames = frames.slice(0, limit);
    return frames.length > 0 ? `${header(error)}\n${frames.join('\n')}` : header(error);
  };
  Object.defineProperty(ErrorCtor.prototype, 'stack', { __proto__: null,
    get: {
      stack() {
        const raw = rawGet.call(this);
        if (typeof raw !== 'string' || (raw !== '' && !raw.startsWith('    at '))) return raw;
        const value = build(this, raw);
        try {
          Object.defineProperty(this, 'stack', { __proto__: null, value, writable: true, enumerable: false, configurable: true });
        } catch {
          // Frozen error: keep computing it.
        }
        return value;
      },
    }.stack,
    set: desc.set,
    enumerable: false,
    configurable: true,
  });
  if (typeof ErrorCtor.stackTraceLimit !== 'number') ErrorCtor.stackTraceLimit = 10;
  if (typeof ErrorCtor.captureStackTrace !== 'function') {
    ErrorCtor.captureStackTrace = function captureStackTrace(target, constructorOpt) {
      if (target === null || typeof target !== 'object') {
        throw new TypeError('Invalid argument');
      }
      // Drop this function's own frame.
      const raw = rawGet.call(new ErrorCtor());
      const value = build(target, typeof raw === 'string' ? raw : '', 1);
      Object.defineProperty(target, 'stack', { __proto__: null, value, writable: true, enumerable: false, configurable: true });
    };
  }
}

function install(global = globalThis) {
  if (installed) return;
  installed = true;
  installErrorStacks(global);
  const OriginalProxy = global.Proxy;
  if (typeof OriginalProxy === 'function') {
    const revocable = function revocable(target, handler) {
      const r = OriginalProxy.revocable(target, handler);
      proxies.set(r.proxy, [target, handler]);
      const revoke = r.revoke;
      r.revoke = function () {
        proxies.set(r.proxy, null);
        return revoke();
      };
      Object.defineProperty(r.revoke, 'name', { __proto__: null, value: '' });
      return r;
    };
    global.Proxy = new OriginalProxy(OriginalProxy, {
      construct(target, args, newTarget) {
        const p = Reflect.construct(target, args, newTarget);
        proxies.set(p, [args[0], args[1]]);
        return p;
      },
      get(target, key, receiver) {
        if (key === 'revocable') return revocable;
        return Reflect.get(target, key, receiver);
      },
    });
  }
  const mapIterProto = Object.getPrototypeOf(new Map().entries());
  const setIterProto = Object.getPrototypeOf(new Set().values());
  const mapEntries = wrapIteratorFactory(Map.prototype, 'entries', 'entries');
  Object.defineProperty(Map.prototype, Symbol.iterator, { __proto__: null, value: mapEntries, writable: true, enumerable: false, configurable: true });
  wrapIteratorFactory(Map.prototype, 'keys', 'keys');
  wrapIteratorFactory(Map.prototype, 'values', 'values');
  const setValues = wrapIteratorFactory(Set.prototype, 'values', 'values');
  Object.defineProperty(Set.prototype, 'keys', { __proto__: null, value: setValues, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(Set.prototype, Symbol.iterator, { __proto__: null, value: setValues, writable: true, enumerable: false, configurable: true });
  wrapIteratorFactory(Set.prototype, 'entries', 'entries');
  patchNext(mapIterProto);
  patchNext(setIterProto);
}

// [target, handler], null for a revoked proxy, undefined for a non-proxy.
function proxyDetails(value) {
  if (host && typeof host.proxyDetails === 'function') return host.proxyDetails(value);
  return proxies.get(value);
}

// [entries, isKeyValue] with map entries flattened [k1, v1, k2, v2...];
// undefined when the iterator was not recorded.
function previewEntries(iterator) {
  if (host && typeof host.previewEntries === 'function') return host.previewEntries(iterator);
  const record = iterators.get(iterator);
  if (record === undefined) return undefined;
  const { source, kind, consumed } = record;
  const isMap = Object.prototype.toString.call(source) === '[object Map]';
  const all = [];
  let i = 0;
  for (const entry of walk(source, isMap)) {
    if (i++ < consumed) continue;
    if (kind === 'entries') {
      all.push(entry[0], entry[1]);
    } else if (kind === 'keys') {
      all.push(entry[0]);
    } else {
      all.push(entry[1]);
    }
  }
  return [all, kind === 'entries'];
}

function walk(source, isMap) {
  const out = [];
  if (isMap) {
    Map.prototype.forEach.call(source, (v, k) => out.push([k, v]));
  } else {
    Set.prototype.forEach.call(source, (v) => out.push([v, v]));
  }
  return out;
}

module.exports = { install, proxyDetails, previewEntries };
