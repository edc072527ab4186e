// The `console` module: the global console (writing through host.write: fd 1
// for log/info/debug/dir/table, fd 2 for warn/error/trace/assert) and the
// `Console` class for user streams. Formatting matches Node 20 exactly:
// util.format for arguments, group indentation, console.table's box drawing,
// time/timeEnd durations from the virtual clock (host.now()).
'use strict';

// Everything but this file loads on first need: a program that only logs
// strings never parses util.inspect.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}
function errorCodes() {
  const errors = require('internal/errors');
  if (!errors.codes.ERR_CONSOLE_WRITABLE_STREAM) {
    errors.E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
  }
  return errors.codes;
}

// How util.format prints a primitive argument, or undefined when it needs
// util.inspect (objects, functions, symbols).
function simpleFormat(value) {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Object.is(value, -0) ? '-0' : `${value}`;
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return `${value}`;
    case 'undefined':
      return 'undefined';
    default:
      return value === null ? 'null' : undefined;
  }
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    seconds = parts[0];
    ms = parts[1];
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function emitWarning(msg) {
  const p = globalThis.process;
  if (p && typeof p.emitWarning === 'function') {
    p.emitWarning(msg);
  } else {
    require('internal/warning').emitWarning(msg);
  }
}

// A stream-like sink for the global console: process.stdout/stderr as they
// are when it writes, once the program has touched them (Node's global
// console looks them up each time, so a replaced `process.stdout.write`
// sees console output); host.write until then.
const kHostStream = Symbol('kHostStream');
function hostStream(fd) {
  return {
    [kHostStream]: true,
    write(chunk) {
      const stream = host.internals && host.internals.touchedStdio && host.internals.touchedStdio(fd);
      if (stream && typeof stream.write === 'function') return stream.write(String(chunk));
      host.write(fd, String(chunk));
      return true;
    },
  };
}

function noop() {}

const consoleMethodNames = [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error',
  'groupCollapsed', 'timeStamp', 'profile', 'profileEnd',
];

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const {
      stdout,
      stderr: errStream = stdout,
      ignoreErrors: ignore = true,
      inspectOptions,
      groupIndentation = 2,
    } = options;
    if (!stdout || typeof stdout.write !== 'function') {
      throw new (errorCodes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
    }
    if (!errStream || typeof errStream.write !== 'function') {
      throw new (errorCodes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
    }
    if (groupIndentation !== undefined) {
      require('internal/validators').validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
    }
    if (inspectOptions !== undefined && (inspectOptions === null || typeof inspectOptions !== 'object')) {
      throw new (errorCodes().ERR_INVALID_ARG_TYPE)('options.inspectOptions', 'object', inspectOptions);
    }
    initConsole(this, stdout, errStream, ignore, inspectOptions, groupIndentation);
  }

  _write(streamSymbol, string) {
    const groupIndent = this._groupIndent;
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    const stream = streamSymbol === 'stderr' ? this._stderr : this._stdout;
    if (this._ignoreErrors === false) return stream.write(string);
    // As Node does: an error thrown by write, or emitted on the stream then
    // or later (the write callback's error), is swallowed, through a noop
    // 'error' listener while no other listens.
    // (A stream that is no EventEmitter fails as in Node.)
    if (stream[kHostStream] === true) {
      stream.write(string);
      return undefined;
    }
    const onError = (err) => {
      if (err != null && !(stream._writableState && stream._writableState.errorEmitted) &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    };
    try {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, onError);
    } catch (e) {
      // Console output never throws (ignoreErrors), except a stack overflow,
      // which Node lets through (its isStackOverflowError).
      if (e !== null && typeof e === 'object' && e.name === 'RangeError' &&
          e.message === 'Maximum call stack size exceeded') {
        throw e;
      }
    } finally {
      stream.removeListener('error', noop);
    }
    return undefined;
  }

  _format(args) {
    // Fast path: strings, numbers, booleans, bigints, null and undefined,
    // with no format specifier, print without loading util.inspect.
    if (args.length === 0 || typeof args[0] !== 'string' || !args[0].includes('%')) {
      let out = '';
      for (let i = 0; i < args.length; i++) {
        const piece = simpleFormat(args[i]);
        if (piece === undefined) return lazyInspect().formatWithOptions(this._inspectOptions, ...args);
        out += i === 0 ? piece : ` ${piece}`;
      }
      return out;
    }
    return lazyInspect().formatWithOptions(this._inspectOptions, ...args);
  }

  log(...args) {
    this._write('stdout', this._format(args));
  }

  warn(...args) {
    this._write('stderr', this._format(args));
  }

  dir(object, options) {
    this._write('stdout', inspect(object, {
      customInspect: false,
      ...this._inspectOptions,
      ...options,
    }));
  }

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, host.now());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this._times.delete(label);
  }

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  }

  trace(...args) {
    const message = this._format(args);
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    const frames = require('internal/errors').stackFrames(new Error());
    this.error(frames ? `${header}\n${frames}` : header);
  }

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  }

  clear() {
    // As Node: only a TTY is cleared (the global console's own sink stands
    // for process.stdout once a program has touched it).
    let out = this._stdout;
    if (out && out[kHostStream] === true) out = host.internals.touchedStdio(1);
    if (out && out.isTTY && process.env.TERM !== 'dumb') {
      out.write('\x1b[1;1H');
      out.write('\x1b[0J');
    }
  }

  count(label = 'default') {
    label = `${label}`;
    const counts = this._counts;
    let count = counts.get(label);
    if (count === undefined) {
      count = 1;
    } else {
      count++;
    }
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    const counts = this._counts;
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  }

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this._groupIndent += ' '.repeat(this._groupIndentation);
  }

  groupEnd() {
    this._groupIndent = this._groupIndent.slice(0, this._groupIndent.length - this._groupIndentation);
  }

  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new (errorCodes().ERR_INVALID_ARG_TYPE)('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const cliTable = require('internal/cli_table');
    const types = require('internal/types');
    const final = (k, v) => this.log(cliTable(k, v));
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      const opt = { depth, maxArrayLength: 3, breakLength: Infinity, ...this._inspectOptions };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    let i = 0;
    // Map and Set iterators show what is left of them, as in Node.
    const { previewEntries } = require('internal/introspection');
    const mapIter = types.isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = previewEntries(tabularData);
      if (res !== undefined) [tabularData, isKeyValue] = res;
    }
    if (isKeyValue || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const [k, v] of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }
    const setIter = types.isSetIterator(tabularData);
    if (setIter) {
      const res = previewEntries(tabularData);
      if (res !== undefined) tabularData = res[0];
    }
    if (setIter || mapIter || types.isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  }

  timeStamp() {}

  profile() {}

  profileEnd() {}

  // The global console is a plain object, yet `console instanceof Console`.
  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true;
  }
}

Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

for (const key of ['_write', '_format']) {
  Object.defineProperty(Console.prototype, key, { __proto__: null, enumerable: false });
}

const kIsConsole = Symbol('kIsConsole');

function initConsole(target, stdout, stderr, ignoreErrors, inspectOptions, groupIndentation) {
  define(target, kIsConsole, true);
  define(target, '_stdout', stdout);
  define(target, '_stderr', stderr);
  define(target, '_ignoreErrors', ignoreErrors !== false);
  define(target, '_times', new Map());
  define(target, '_counts', new Map());
  define(target, '_groupIndent', '');
  define(target, '_groupIndentation', groupIndentation);
  define(target, '_inspectOptions', inspectOptions ? { ...inspectOptions } : {});
  if (!Console.prototype.isPrototypeOf(target)) {
    define(target, '_write', Console.prototype._write);
    define(target, '_format', Console.prototype._format);
  }
  // Methods are bound, so `const { log } = console` works as in Node.
  // (timeStamp, profile and profileEnd are V8's, on the global console only.)
  const instance = Console.prototype.isPrototypeOf(target);
  for (const key of consoleMethodNames) {
    if (instance && (key === 'timeStamp' || key === 'profile' || key === 'profileEnd')) continue;
    // From the instance, so a subclass's override is what gets bound (as Node).
    const bound = (instance ? target[key] : Console.prototype[key]).bind(target);
    Object.defineProperty(bound, 'name', { __proto__: null, value: key });
    target[key] = bound;
  }
}

function define(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = host.now() - time;
  const formatted = formatTime(ms);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// The global console is a plain object (`Object [console] { log: ... }`),
// with its keys in Node's order.
const globalConsole = Object.create({});
Object.defineProperty(globalConsole, Symbol.toStringTag, { __proto__: null,
  value: 'console', writable: false, enumerable: false, configurable: true,
});
initConsole(globalConsole, hostStream(1), hostStream(2), true, undefined, 2);
for (const key of ['profile', 'profileEnd', 'timeStamp']) delete globalConsole[key];
// Node's Console is a plain function (callable without `new`, printed as
// [Function: Console]); the class above is its implementation.
function ConsoleFunction(...args) {
  return Reflect.construct(Console, args, new.target || ConsoleFunction);
}
Object.defineProperty(ConsoleFunction, 'name', { __proto__: null, value: 'Console' });
ConsoleFunction.prototype = Console.prototype;
Object.defineProperty(Console.prototype, 'constructor', { __proto__: null, value: ConsoleFunction, writable: true, configurable: true, enumerable: false });
Object.defineProperty(ConsoleFunction, Symbol.hasInstance, { __proto__: null, value: Console[Symbol.hasInstance], configurable: true });
Object.defineProperty(Console.prototype, Symbol.toStringTag, { __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true });
globalConsole.Console = ConsoleFunction;
for (const key of ['profile', 'profileEnd', 'timeStamp']) {
  const fn = { [key]() {} }[key];
  globalConsole[key] = fn;
}
globalConsole.context = function context(name) {
  return module.exports;
};
globalConsole.createTask = function createTask(name) {
  return { run: (fn) => fn() };
};

module.exports = globalConsole;
