// The `vm` module. A context is a real new realm of the engine
// (`host.vmCreate`, playground/src/vm.rs): its own global object and its own
// intrinsics, so `vm.runInNewContext('new Uint8Array(2)') instanceof
// Uint8Array` is false and errors thrown in it are its own TypeErrors, as in
// Node. The realm has only the language's globals (no `console`, `require`
// or timers). The object a context is made from (the "sandbox") is not the
// realm's global object itself, as V8 interposes it: its properties are
// mirrored onto the global as accessors before every run, and the globals a
// script creates (`var x`, `x = 1`) are copied back to it after the run.
'use strict';

const { codes } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const contexts = new WeakMap(); // sandbox -> { id, global, builtin: Set, mirrored: Set }
const DEFAULT_FILENAME = 'evalmachine.<anonymous>';

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return DEFAULT_FILENAME;
  validateObject(options, 'options');
  if (options.filename === undefined) return DEFAULT_FILENAME;
  validateString(options.filename, 'options.filename');
  return options.filename;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) return contextObject;
  validateObject(contextObject, 'object', { allowArray: true });
  if (options !== undefined) validateObject(options, 'options');
  const [id, global] = host.vmCreate();
  const builtin = new Set(Reflect.ownKeys(global));
  contexts.set(contextObject, { id, global, builtin, mirrored: new Set() });
  mirror(contextObject);
  return contextObject;
}

// Makes every own property of the sandbox a global of its realm.
function mirror(sandbox) {
  const ctx = contexts.get(sandbox);
  for (const key of Reflect.ownKeys(sandbox)) {
    if (ctx.mirrored.has(key)) continue;
    const own = Reflect.getOwnPropertyDescriptor(ctx.global, key);
    if (own && !own.configurable) {
      // A global the script declared with `var`, or a fixed one (`NaN`).
      if (own.writable && !ctx.builtin.has(key)) ctx.global[key] = sandbox[key];
      continue;
    }
    Reflect.defineProperty(ctx.global, key, { __proto__: null,
      get() { return sandbox[key]; },
      set(value) { sandbox[key] = value; },
      enumerable: true,
      configurable: true,
    });
    ctx.mirrored.add(key);
  }
}

// Copies the globals a script created back to the sandbox.
function collect(sandbox) {
  const ctx = contexts.get(sandbox);
  for (const key of Reflect.ownKeys(ctx.global)) {
    if (ctx.builtin.has(key) || ctx.mirrored.has(key)) continue;
    const desc = Reflect.getOwnPropertyDescriptor(ctx.global, key);
    if ('value' in desc) {
      sandbox[key] = desc.value;
    } else {
      Reflect.defineProperty(sandbox, key, desc);
    }
    if (desc.configurable) {
      Reflect.defineProperty(ctx.global, key, { __proto__: null,
        get() { return sandbox[key]; },
        set(value) { sandbox[key] = value; },
        enumerable: desc.enumerable,
        configurable: true,
      });
      ctx.mirrored.add(key);
    }
  }
}

function runIn(sandbox, code, filename) {
  const ctx = contexts.get(sandbox);
  mirror(sandbox);
  try {
    return host.vmRun(ctx.id, code, filename);
  } finally {
    collect(sandbox);
  }
}

function checkContext(contextifiedObject) {
  if (contextifiedObject === null || typeof contextifiedObject !== 'object' || !contexts.has(contextifiedObject)) {
    throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

class Script {
  #code;
  #filename;

  constructor(code, options = {}) {
    code = `${code}`;
    const filename = filenameOf(options);
    host.vmCompile(code, filename);
    this.#code = code;
    this.#filename = filename;
  }

  runInThisContext(options) {
    if (options !== undefined) validateObject(options, 'options');
    // oxlint-disable-next-line no-eval -- runInThisContext is an indirect eval in Node too
    return (0, eval)(this.#code);
  }

  runInContext(contextifiedObject, options) {
    checkContext(contextifiedObject);
    if (options !== undefined) validateObject(options, 'options');
    return runIn(contextifiedObject, this.#code, this.#filename);
  }

  runInNewContext(contextObject, options) {
    const sandbox = createContext(contextObject === undefined ? {} : contextObject);
    return this.runInContext(sandbox, options);
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  checkContext(contextifiedObject);
  return new Script(code, options).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw new codes.ERR_INVALID_ARG_TYPE('params', 'Array', params);
  validateObject(options, 'options');
  if (options.parsingContext !== undefined) {
    checkContext(options.parsingContext);
    const ctx = contexts.get(options.parsingContext);
    mirror(options.parsingContext);
    const fnSource = `(function (${params.join(', ')}) {\n${code}\n})`;
    return host.vmRun(ctx.id, fnSource, filenameOf(options));
  }
  // eslint-disable-next-line no-new-func
  return new Function(...params, code);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
};
