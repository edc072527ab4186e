// The `util` module: inspect/format (internal/inspect.js), promisify,
// callbackify, inherits, deprecate, types, isDeepStrictEqual, debuglog and
// the legacy is* helpers.
'use strict';

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/inspect');
const { codes, uvErrors } = require('internal/errors');
const typesModule = require('util/types');
const internalTypes = require('internal/types');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// Loaded on first use: most programs never compare deeply.
function isDeepStrictEqual(a, b) {
  return require('internal/comparisons').isDeepStrictEqual(a, b);
}

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Built-ins that call back with several values (fs.read...) set this to the
// names of the resolved object's properties.
const kCustomPromisifyArgsSymbol = Symbol.for('crib.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, { __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, { __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = new codes.ERR_FALSY_VALUE_REJECTION();
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => { host.nextTick(() => cb(null, ret)); },
      (rej) => { host.nextTick(() => callbackifyOnRejected(rej, cb)); },
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  const p = globalThis.process;
  if (p && p.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          require('internal/warning').emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        require('internal/warning').emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnabled = new Map();
function debuglog(set, cb) {
  let enabled;
  function test() {
    if (enabled === undefined) {
      const p = globalThis.process;
      const env = (p && p.env && p.env.NODE_DEBUG) || '';
      const names = env.split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase()
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
      enabled = names.length > 0 && new RegExp(`^(${names.join('|')})$`, 'i').test(set);
      debugEnabled.set(set, enabled);
    }
    return enabled;
  }
  function logger(...args) {
    if (!test()) return;
    const p = globalThis.process;
    const pid = p && typeof p.pid === 'number' ? p.pid : 42;
    const msg = formatWithOptions({ colors: false }, ...args);
    host.write(2, `${set.toUpperCase()} ${pid}: ${msg}\n`);
  }
  Object.defineProperty(logger, 'enabled', { __proto__: null, get: test, configurable: true, enumerable: true });
  if (typeof cb === 'function') cb(logger);
  return logger;
}

function isError(e) {
  return internalTypes.isError(e);
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  for (const name of Object.keys(uvErrors)) if (uvErrors[name][0] === err) return name;
  return `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const map = new Map();
  for (const name of Object.keys(uvErrors)) map.set(uvErrors[name][0], [name, uvErrors[name][1]]);
  return map;
}

function toUSVString(str) {
  return String(str).toWellFormed ? String(str).toWellFormed() :
    String(str).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function pad(n) {
  return n.toString().padStart(2, '0');
}
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
// Through the global console, as Node does (a replaced process.stdout.write sees it).
function log(...args) {
  require('console').log('%s - %s', timestamp(), format(...args));
}

// The playground's stdout is never a TTY, so (as Node 20.20 does for
// non-TTY streams) text comes back unstyled unless validateStream is false.
function styleText(format, text, { validateStream = true } = {}) {
  if (typeof text !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('text', 'string', text);
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.keys(inspect.colors).join(', ')}`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  if (validateStream) return text;
  return `${left}${text}${right}`;
}

function aborted(signal, resource) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

let textEncoding;
function lazyTextEncoding() {
  if (textEncoding === undefined) {
    textEncoding = typeof globalThis.TextEncoder === 'function' && typeof globalThis.TextDecoder === 'function' ?
      { TextEncoder: globalThis.TextEncoder, TextDecoder: globalThis.TextDecoder } :
      require('internal/text_encoding');
  }
  return textEncoding;
}

// util.parseEnv: the dotenv format Node 20 reads (KEY=VALUE lines, `export`
// prefixes, # comments, single/double/backtick quotes, \n in double quotes).
function parseEnv(content) {
  if (typeof content !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('content', 'string', content);
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"\\])*"|'[^']*'|`[^`]*`|[^#\n]*)/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    let value = m[2].trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    }
    result[m[1]] = value;
  }
  return result;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  _extend,
  format,
  formatWithOptions,
  inspect,
  isDeepStrictEqual,
  promisify,
  callbackify,
  inherits,
  deprecate,
  debuglog,
  debug: debuglog,
  types: typesModule,
  stripVTControlCharacters,
  toUSVString,
  parseArgs: (...args) => require('internal/parse_args').parseArgs(...args),
  parseEnv,
  getSystemErrorName,
  getSystemErrorMap,
  styleText,
  aborted,
  log,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => {
    const B = globalThis.Buffer;
    return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) : false;
  },
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: internalTypes.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: internalTypes.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
};
Object.defineProperty(module.exports, 'TextEncoder', { __proto__: null,
  get: () => lazyTextEncoding().TextEncoder, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'TextDecoder', { __proto__: null,
  get: () => lazyTextEncoding().TextDecoder, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'customPromisifyArgs', { __proto__: null,
  value: kCustomPromisifyArgsSymbol, enumerable: false,
});
