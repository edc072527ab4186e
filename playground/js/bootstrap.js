// Runs once per context, before the user's program. Receives the native
// `host` object (see README.md) and builds what a Node.js 20 program sees
// globally: process, the timers, queueMicrotask, structuredClone,
// performance, lazy console/Buffer/TextEncoder/TextDecoder, and the
// CommonJS require. Built-in modules load lazily, on first use.
// oxlint-disable-next-line no-unused-expressions -- the script's value is this function
(function bootstrap(host) {
  'use strict';
  const global = globalThis;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const STARTUP_MS = 30; // what process start-up would have taken in real Node
  // What outlives one run when an engine serves many (see src/engine.rs):
  // the patches to the intrinsics are installed once per realm and reach
  // the run in progress through `R.run`.
  const R = host.realm;

  // ---------------------------------------------------------------- modules
  const compiled = new Map(); // name -> wrapper function or null
  const builtinModules = new Map(); // name -> module record
  const hasBuiltin = (name) => host.hasBuiltin(name);
  function loadBuiltin(name) {
    const cached = builtinModules.get(name) || (name === 'internal/introspection' && R.introspection);
    if (cached) return cached.exports;
    if (!compiled.has(name)) compiled.set(name, host.loadBuiltin(name) ?? null);
    const fn = compiled.get(name);
    if (fn === null) throw new Error(`crib: missing built-in module ${name}`);
    const module = { exports: {}, id: name, loaded: false };
    builtinModules.set(name, module);
    try {
      fn.call(module.exports, module.exports, builtinRequire, module, host);
    } catch (e) {
      builtinModules.delete(name);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  function builtinRequire(id) {
    const name = id.startsWith('node:') ? id.slice(5) : id;
    return loadBuiltin(name);
  }
  const isPublicBuiltin = (name) => !name.startsWith('internal/') && hasBuiltin(name);

  function missingModuleError(id, requireStack, known) {
    if (!known) host.missing(id);
    const err = new Error(`Cannot find module '${id}'\nRequire stack:\n- ${requireStack.join('\n- ')}`);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    return err;
  }

  function normalizePath(p) {
    const out = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return '/' + out.join('/');
  }
  const dirnameOf = (p) => (p.lastIndexOf('/') <= 0 ? '/' : p.slice(0, p.lastIndexOf('/')));

  function readUserFile(path) {
    const node = loadBuiltin('internal/vfs').get().peek(path);
    return node && node.type === 'file' ? loadBuiltin('fs').readFileSync(path, 'utf8') : undefined;
  }
  const isPathLike = (id) => id.startsWith('./') || id.startsWith('../') || id.startsWith('/') || id === '.' || id === '..';

  // Node's CommonJS resolution (LOAD_AS_FILE, LOAD_AS_DIRECTORY,
  // LOAD_NODE_MODULES with package.json `main` and `exports`) over the
  // user's virtual files first, then the read-only package store mounted
  // at /node_modules (npm packages snapshotted by `cargo xtask packages`).
  const inStore = (path) => path.startsWith('/node_modules/');
  function fileExists(path) {
    return readUserFile(path) !== undefined || (inStore(path) && host.packageHas(path));
  }
  function readModuleFile(path) {
    const text = readUserFile(path);
    if (text !== undefined) return text;
    return inStore(path) ? host.packageFile(path) : undefined;
  }
  function readPackageJson(dir) {
    const text = readModuleFile(dir + '/package.json');
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (e) {
      e.path = dir + '/package.json';
      e.message = 'Error parsing ' + e.path + ': ' + e.message;
      throw e;
    }
  }
  function loadAsFile(base) {
    for (const candidate of [base, base + '.js', base + '.json', base + '.cjs']) {
      if (fileExists(candidate)) return candidate;
    }
    return undefined;
  }
  const loadIndex = (dir) => loadAsFile(dir + '/index');
  function loadAsDirectory(dir) {
    const pkg = readPackageJson(dir);
    if (pkg && typeof pkg.main === 'string' && pkg.main) {
      const main = normalizePath(dir + '/' + pkg.main);
      const found = loadAsFile(main) || loadIndex(main);
      if (found) return found;
    }
    return loadIndex(dir);
  }
  // `exports` with the conditions of require() (`require`, `node`, `default`).
  function exportsTarget(exports, subpath, pkgDir) {
    const isMap = exports && typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
    const target = isMap ? exports[subpath] : subpath === '.' ? exports : undefined;
    const pick = (t) => {
      if (typeof t === 'string') return t;
      if (Array.isArray(t)) {
        for (const item of t) {
          const r = pick(item);
          if (r !== undefined) return r;
        }
        return undefined;
      }
      if (t && typeof t === 'object') {
        for (const key of Object.keys(t)) if (key === 'require' || key === 'node' || key === 'default') return pick(t[key]);
      }
      return undefined;
    };
    const found = target === undefined ? undefined : pick(target);
    if (found === undefined) {
      const err = new Error(subpath === '.'
        ? `No "exports" main defined in ${pkgDir}/package.json`
        : `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`);
      err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
      throw err;
    }
    return normalizePath(pkgDir + '/' + found);
  }
  function nodeModulePaths(from) {
    const paths = [];
    for (let dir = normalizePath(from); ; dir = dirnameOf(dir)) {
      if (!dir.endsWith('/node_modules')) paths.push((dir === '/' ? '' : dir) + '/node_modules');
      if (dir === '/') return paths;
    }
  }
  // The package name of a bare specifier: `a` of `a/b`, `@s/a` of `@s/a/b`.
  function packageName(id) {
    const parts = id.split('/');
    return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  }
  const knownPackages = new Set(host.packageNames());
  function resolveBare(id, paths) {
    const name = packageName(id);
    if (knownPackages.has(name)) host.usePackage(name);
    for (const dir of paths) {
      const pkgDir = dir + '/' + name;
      const pkg = readPackageJson(pkgDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        const target = exportsTarget(pkg.exports, '.' + id.slice(name.length), pkgDir);
        if (fileExists(target)) return target;
        continue;
      }
      const base = dir + '/' + id;
      const found = loadAsFile(base) || loadAsDirectory(base);
      if (found) return found;
    }
    return undefined;
  }
  function resolveFilename(id, module) {
    if (isPathLike(id)) {
      const base = normalizePath(id.startsWith('/') ? id : module.path + '/' + id);
      return (id.endsWith('/') ? undefined : loadAsFile(base)) || loadAsDirectory(base);
    }
    return resolveBare(id, module.paths);
  }
  function requireStackOf(module) {
    const stack = [];
    for (let m = module; m; m = m.parent) stack.push(m.filename);
    return stack;
  }
  function checkId(id) {
    if (typeof id !== 'string') {
      const err = new TypeError(`The "id" argument must be of type string. Received ${describe(id)}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (id === '') {
      const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
  }

  const userModules = Object.create(null); // require.cache
  function makeRequire(module) {
    function require(id) {
      checkId(id);
      const name = id.startsWith('node:') ? id.slice(5) : id;
      if (isPublicBuiltin(name)) {
        // process is an EventEmitter from the start in Node: make it one
        // before a program can compare it with the class.
        if (name === 'events' || name === 'process') upgradeProcess();
        return name === 'console' ? originalConsole() : loadBuiltin(name);
      }
      if (id.startsWith('node:')) {
        const err = new Error(`No such built-in module: ${id}`);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
      }
      const filename = resolveFilename(id, module);
      if (filename) return loadModule(filename, module);
      throw missingModuleError(id, requireStackOf(module), isPathLike(id) || knownPackages.has(packageName(id)));
    }
    function resolve(id) {
      checkId(id);
      const name = id.startsWith('node:') ? id.slice(5) : id;
      if (isPublicBuiltin(name)) return id;
      const found = resolveFilename(id, module);
      if (found) return found;
      throw missingModuleError(id, requireStackOf(module), isPathLike(id) || knownPackages.has(packageName(id)));
    }
    resolve.paths = function paths(id) {
      checkId(id);
      const name = id.startsWith('node:') ? id.slice(5) : id;
      if (isPublicBuiltin(name)) return null;
      return isPathLike(id) ? [module.path] : module.paths.slice();
    };
    require.resolve = resolve;
    require.cache = userModules;
    require.main = mainModule;
    return require;
  }
  // Loads a resolved file once (require.cache); `text` when the caller has read it.
  function loadModule(filename, parent, text) {
    const cached = userModules[filename];
    if (cached) {
      if (parent && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = newModule(filename, parent);
    userModules[filename] = module;
    if (parent) parent.children.push(module);
    try {
      if (text === undefined) text = readUserFile(filename);
      const fromStore = text === undefined;
      if (filename.endsWith('.json')) {
        const source = fromStore ? host.packageFile(filename) : text;
        try {
          module.exports = JSON.parse(source);
        } catch (e) {
          e.message = filename + ': ' + e.message;
          throw e;
        }
      } else {
        // Package files are compiled once per engine (host.packageModule).
        const fn = fromStore ? host.packageModule(filename) : host.compile(text, filename);
        fn.call(module.exports, module.exports, makeRequire(module), module, filename, module.path);
        // Traced runs name a package's steps (Express: each middleware).
        if (fromStore && host.tracing) loadBuiltin('internal/package_trace').afterLoad(filename, module.exports);
      }
    } catch (e) {
      delete userModules[filename];
      if (parent) parent.children.splice(parent.children.indexOf(module), 1);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  const loadUserModule = (filename, text, parent) => loadModule(filename, parent, text);
  function newModule(filename, parent) {
    const path = dirnameOf(filename);
    return { id: parent ? filename : '.', path, exports: {}, filename, loaded: false, children: [], paths: nodeModulePaths(path), parent };
  }
  let mainModule;

  // ---------------------------------------------------------------- process
  let EventEmitter = null;
  const processProto = {};
  const process = Object.create(processProto);
  // Node's process is an instance of a function named `process`.
  const processCtor = { process: function () {} }.process;
  processCtor.prototype = processProto;
  Object.defineProperty(processProto, 'constructor', { __proto__: null, value: processCtor, writable: true, configurable: true, enumerable: false });
  const eventMethods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener',
    'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners'];
  function upgradeProcess() {
    if (EventEmitter) return;
    EventEmitter = loadBuiltin('events');
    if (typeof EventEmitter !== 'function') EventEmitter = EventEmitter.EventEmitter;
    for (const m of eventMethods) delete processProto[m];
    Object.setPrototypeOf(processProto, EventEmitter.prototype);
    if (typeof EventEmitter.init === 'function') EventEmitter.init.call(process);
    else Object.assign(process, new EventEmitter());
    // As Node's promise hooks do (first, as in Node): watch for listeners of
    // the deprecated 'multipleResolves' event.
    process.on('newListener', (name) => {
      if (name === 'multipleResolves') loadBuiltin('internal/multiple_resolves').listen(process, true);
    });
    process.on('removeListener', (name) => {
      if (name === 'multipleResolves') loadBuiltin('internal/multiple_resolves').listen(process, process.listenerCount(name) !== 0);
    });
    process.on('warning', hasBuiltin('internal/warning') ? loadBuiltin('internal/warning').onWarning : defaultWarningListener);
  }
  for (const m of eventMethods) {
    Object.defineProperty(processProto, m, { __proto__: null,
      value: { [m](...args) { upgradeProcess(); return process[m](...args); } }[m],
      writable: true, configurable: true, enumerable: false,
    });
  }
  const listenerCount = (name) => (EventEmitter ? process.listenerCount(name) : 0);
  function defaultWarningListener(warning) {
    const text = warning && warning.name && warning.message !== undefined
      ? `${warning.name}: ${warning.message}` : String(warning);
    host.write(2, `(node:${process.pid}) ${text}\n(Use \`node --trace-warnings ...\` to show where the warning was created)\n`);
  }

  const cwd = host.cwd;
  Object.assign(process, {
    title: 'node',
    version: host.version,
    versions: { node: host.version.slice(1), acorn: '8.14.0', ada: '2.9.2', ares: '1.34.5', brotli: '1.1.0', cjs_module_lexer: '1.4.1', modules: '115', napi: '9', nghttp2: '1.64.0', openssl: '3.0.15+quic', simdutf: '6.0.3', tz: '2025b', undici: '6.21.2', unicode: '16.0', uv: '1.46.0', v8: '11.3.244.8-node.28', zlib: '1.3.0.1-motley' },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' },
    argv: host.argv.slice(),
    argv0: 'node',
    execArgv: [],
    execPath: '/usr/local/bin/node',
    env: makeEnv({ HOME: '/home/crib', USER: 'crib', LOGNAME: 'crib', SHELL: '/bin/bash', PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'en_US.UTF-8', PWD: cwd, TERM: 'xterm-256color' }),
    pid: host.pid,
    ppid: 4241,
    exitCode: undefined,
    config: { variables: {} },
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true },
    cwd() { return currentDir; },
    chdir(directory) { currentDir = processMethods().chdir(() => currentDir, directory); },
    nextTick(callback, ...args) {
      if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
      host.nextTick(callback, args.length ? args : undefined);
    },
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      host.exit(toExitCode(process.exitCode));
    },
    reallyExit(code) { host.exit(toExitCode(code)); },
    abort() { host.write(2, 'Aborted (core dumped)\n'); host.exit(134); },
    hrtime,
    memoryUsage,
    resourceUsage() {
      const user = Math.round((host.now() + STARTUP_MS) * 1000);
      return { userCPUTime: user, systemCPUTime: Math.round(user / 4), maxRSS: 45000, sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 3000, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 10, involuntaryContextSwitches: 2 };
    },
    cpuUsage(prev) {
      processMethods().checkCpuUsage(prev);
      const user = Math.round((host.now() + STARTUP_MS) * 1000);
      const r = { user, system: Math.round(user / 4) };
      return prev ? { user: r.user - prev.user, system: r.system - prev.system } : r;
    },
    uptime() { return (host.now() + STARTUP_MS) / 1000; },
    emitWarning,
    umask(mask) { return processMethods().umask(mask); },
    assert(value, message) { return processMethods().processAssert(value, message); },
    getActiveResourcesInfo() {
      const out = [];
      for (const t of aliveTimers) if (t[kRefed] && !t._destroyed) out.push('Timeout');
      for (const i of aliveImmediates) if (i[kRefed] && !i._destroyed) out.push('Immediate');
      return out;
    },
    getuid() { return 1000; }, getgid() { return 1000; }, geteuid() { return 1000; }, getegid() { return 1000; },
    getgroups() { return [1000]; },
    allowedNodeEnvironmentFlags: undefined, // an accessor, defined below (key order as in Node)
    setUncaughtExceptionCaptureCallback(fn) {
      if (fn === null) { captureFn = null; return; }
      if (typeof fn !== 'function') throw new (loadBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
      if (captureFn !== null) throw new (loadBuiltin('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
      captureFn = fn;
    },
    hasUncaughtExceptionCaptureCallback() { return captureFn !== null; },
    // No source maps to apply: the switch is validated and kept.
    setSourceMapsEnabled(val) {
      if (typeof val !== 'boolean') throw new (loadBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE)('val', 'boolean', val);
    },
    initgroups(user, extraGroup) { return processMethods().credentials.initgroups(user, extraGroup); },
    setgroups(groups) { return processMethods().credentials.setgroups(groups); },
    setegid(id) { return processMethods().credentials.setegid(id); },
    seteuid(id) { return processMethods().credentials.seteuid(id); },
    setgid(id) { return processMethods().credentials.setgid(id); },
    setuid(id) { return processMethods().credentials.setuid(id); },
    kill(pid, sig) { return processMethods().kill(process, pid, sig); },
    _kill(pid, sig) { return processMethods()._kill(process, host, pid, sig); },
    binding(name) { throw new Error(`No such module: ${name}`); },
  });
  let currentDir = cwd;
  let captureFn = null; // process.setUncaughtExceptionCaptureCallback
  // process.env: keys and values are strings (node_env_var.cc).
  function makeEnv(initial) {
    const target = Object.assign({}, initial)
    const onlyData = "'process.env' only accepts a configurable, writable, and enumerable data descriptor"
    return new Proxy(target, {
      // No inherited traps: a program may add `get` or `apply` to Object.prototype.
      __proto__: null,
      get(t, key) {
        return Reflect.get(t, key)
      },
      set(t, key, value) {
        if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string')
        t[key] = `${value}`
        return true
      },
      has(t, key) {
        return typeof key !== 'symbol' && key in t
      },
      deleteProperty(t, key) {
        if (typeof key !== 'symbol') delete t[key]
        return true
      },
      defineProperty(t, key, desc) {
        if ('value' in desc) {
          if (desc.writable !== true || desc.enumerable !== true || desc.configurable !== true) {
            throw new (loadBuiltin('internal/errors').codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY)(onlyData)
          }
          if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string')
          t[key] = `${desc.value}`
          return true
        }
        if ('get' in desc || 'set' in desc) {
          throw new (loadBuiltin('internal/errors').codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY)("'process.env' does not accept an accessor(getter/setter) descriptor")
        }
        throw new (loadBuiltin('internal/errors').codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY)(onlyData)
      }
    })
  }
  function processMethods() { return loadBuiltin('internal/process_methods'); }
  function toExitCode(code) {
    if (code === undefined || code === null) return 0;
    const n = Number(code);
    return Number.isInteger(n) ? n : 1;
  }
  function hrtime(prev) {
    if (prev !== undefined) processMethods().checkHrtime(prev);
    const ns = host.hrtimeNs();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (prev) {
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, Math.round(nsec)];
  }
  hrtime.bigint = () => BigInt(Math.round(host.hrtimeNs()));
  function memoryUsage() {
    return { rss: 45678592, heapTotal: 6488064, heapUsed: 5242880, external: 425984, arrayBuffers: 17382 };
  }
  memoryUsage.rss = () => 45678592;
  function emitWarning(warning, type, code) {
    if (hasBuiltin('internal/warning')) {
      upgradeProcess();
      return loadBuiltin('internal/warning').emitWarning.apply(this, arguments);
    }
    let w = warning;
    if (typeof w === 'string') {
      let name = 'Warning';
      if (typeof type === 'string') name = type;
      else if (type && typeof type === 'object') { name = type.type || name; code = type.code; }
      w = new Error(warning);
      w.name = name;
      if (code !== undefined) w.code = code;
    }
    upgradeProcess();
    if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
    host.nextTick(() => process.emit('warning', w));
  }
  function makeStdio(fd) {
    return {
      fd,
      isTTY: false,
      writable: true,
      columns: undefined,
      write(chunk, encoding, cb) {
        host.write(fd, typeof chunk === 'string' ? chunk : String(chunk));
        const done = typeof encoding === 'function' ? encoding : cb;
        if (typeof done === 'function') host.nextTick(done);
        return true;
      },
      end(chunk, encoding, cb) { if (chunk !== undefined && typeof chunk !== 'function') this.write(chunk, encoding); },
      on() { return this; }, once() { return this; }, off() { return this; }, emit() { return false; },
      removeListener() { return this; }, listenerCount() { return 0; },
      cork() {}, uncork() {}, getColorDepth() { return 1; }, hasColors() { return false; },
    };
  }
  let stdout, stderr, stdin;
  // process.stdout (fd 1) or stderr (fd 2) once a program has touched either,
  // else undefined: until then nothing can have replaced their `write`, and
  // console output may go straight to the host.
  const touchedStdio = (fd) => (stdout === undefined && stderr === undefined ? undefined : process[fd === 1 ? 'stdout' : 'stderr']);
  Object.defineProperties(process, {
    stdout: { __proto__: null, get() { return stdout || (stdout = makeStdio(1)); }, configurable: true, enumerable: false },
    stderr: { __proto__: null, get() { return stderr || (stderr = makeStdio(2)); }, configurable: true, enumerable: false },
    stdin: { __proto__: null,
      get() {
        if (stdin) return stdin;
        if (hasBuiltin('internal/stdin')) stdin = loadBuiltin('internal/stdin');
        else {
          const { Readable } = loadBuiltin('stream');
          const text = host.stdin();
          stdin = new Readable({ read() { if (text) this.push(text); this.push(null); } });
          stdin.fd = 0;
          stdin.isTTY = false;
          stdin.setRawMode = () => stdin;
        }
        return stdin;
      },
      configurable: true, enumerable: false,
    },
  });
  // An accessor, as in Node (assigning to it replaces the value).
  let processGlobal = process;
  Object.defineProperty(global, 'process', { __proto__: null, get() { return processGlobal; }, set(v) { processGlobal = v; }, configurable: true, enumerable: false });

  function describe(v) {
    if (v === null) return 'null';
    if (v === undefined) return 'undefined';
    if (typeof v === 'function') return `function ${v.name}`;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return `an instance of ${v.constructor.name}`;
      return 'an instance of Object';
    }
    let s = typeof v === 'string' ? `'${v}'` : String(v);
    if (typeof v === 'bigint') s += 'n';
    if (s.length > 28) s = s.slice(0, 25) + '...';
    return `type ${typeof v} (${s})`;
  }
  function invalidArgType(name, expected, actual) {
    const err = new TypeError(`The "${name}" argument must be of type ${expected}. Received ${describe(actual)}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }

  // ---------------------------------------------------------------- timers
  // Node 20 defines Symbol.dispose/asyncDispose itself (V8 11.3 lacks them).
  for (const [name, desc] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (typeof Symbol[name] !== 'symbol') Object.defineProperty(Symbol, name, { __proto__: null, value: Symbol(desc) });
  }
  const SymbolDispose = Symbol.dispose;
  const kRefed = Symbol('refed');
  const kHasPrimitive = Symbol('kHasPrimitive');
  const asyncIdSymbol = Symbol('asyncId');
  const triggerIdSymbol = Symbol('triggerId');
  let nextAsyncId = 2;
  const knownTimersById = Object.create(null);
  class TimersList {
    constructor(msecs) { this._idleNext = this; this._idlePrev = this; this.expiry = 0; this.id = 0; this.msecs = msecs; this.priorityQueuePosition = 1; }
  }
  const lists = new Map();
  function listFor(msecs) {
    let l = lists.get(msecs);
    if (!l) { l = new TimersList(msecs); lists.set(msecs, l); }
    return l;
  }
  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      after *= 1;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX) {
          emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
        }
        after = 1;
      }
      const list = listFor(after);
      this._idleTimeout = after;
      this._idlePrev = list;
      this._idleNext = list;
      this._idleStart = Math.floor(host.now() + STARTUP_MS);
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      this[kRefed] = isRefed;
      this[kHasPrimitive] = false;
      this[asyncIdSymbol] = nextAsyncId++;
      this[triggerIdSymbol] = 1;
      Object.defineProperty(this, '_id', { __proto__: null, value: host.timerStart(runTimeout, after, isRepeat, this, undefined, callback), writable: true });
      armed.set(this, { id: this._id, repeat: isRepeat });
      aliveTimers.add(this);
      if (!isRefed) host.timerRef(this._id, false);
    }
    refresh() {
      if (this._destroyed && this._repeat === null && this._onTimeout && this._idleTimeout !== -1) {
        // Refreshing a timer that already fired re-arms it (Node's insertGuarded).
        this._destroyed = false;
        arm(this, this._idleTimeout, false);
      } else if (!this._destroyed) {
        host.timerRefresh(this._id);
      }
      if (!this._destroyed) this._idlePrev = this._idleNext = listFor(this._idleTimeout);
      return this;
    }
    unref() { this[kRefed] = false; host.timerRef(this._id, false); return this; }
    ref() { this[kRefed] = true; host.timerRef(this._id, true); return this; }
    hasRef() { return this[kRefed]; }
    close() { clearTimeout(this); return this; }
    [SymbolDispose]() { clearTimeout(this); }
    [Symbol.toPrimitive]() {
      if (!this[kHasPrimitive]) {
        this[kHasPrimitive] = true;
        knownTimersById[this._id] = this;
      }
      return this._id;
    }
  }
  class Immediate {
    constructor(callback, args) {
      this._idleNext = null;
      this._idlePrev = null;
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this[kRefed] = true;
      this[asyncIdSymbol] = nextAsyncId++;
      this[triggerIdSymbol] = 1;
      Object.defineProperty(this, '_id', { __proto__: null, value: host.immediate(runImmediate, this, undefined, callback), writable: true });
      aliveImmediates.add(this);
    }
    ref() { if (!this[kRefed]) { this[kRefed] = true; host.immediateRef(this._id, true); } return this; }
    unref() { if (this[kRefed]) { this[kRefed] = false; host.immediateRef(this._id, false); } return this; }
    hasRef() { return !!this[kRefed]; }
    [SymbolDispose]() { clearImmediate(this); }
  }
  // The host timer behind each armed timer-like object (a Timeout, or an
  // object given to timers.enroll/active): { id, repeat }.
  const armed = new WeakMap();
  // Live timers and immediates, for process.getActiveResourcesInfo().
  const aliveTimers = new Set();
  const aliveImmediates = new Set();
  // (Re)starts `item`'s host timer, as Node's insert() puts it in a list.
  function arm(item, msecs, repeat) {
    const old = armed.get(item);
    if (old !== undefined) host.timerClear(old.id);
    const id = host.timerStart(runTimeout, msecs, repeat, item, undefined, item._onTimeout);
    armed.set(item, { id, repeat });
    aliveTimers.add(item);
    if (item instanceof Timeout) {
      if (item[kHasPrimitive]) { delete knownTimersById[item._id]; knownTimersById[id] = item; }
      item._id = id;
    }
    item._idleStart = Math.floor(host.now() + STARTUP_MS);
    item._idlePrev = item._idleNext = listFor(msecs);
    return id;
  }
  // Node's insertGuarded (timers.active / _unrefActive, refresh).
  function insertGuarded(item, refed) {
    const msecs = item._idleTimeout;
    if (msecs < 0 || msecs === undefined) return;
    const id = arm(item, Math.trunc(msecs), false);
    if (item._destroyed || !item[asyncIdSymbol]) {
      item._destroyed = false;
      item[asyncIdSymbol] = nextAsyncId++;
      item[triggerIdSymbol] = 1;
    }
    item[kRefed] = refed;
    if (!refed) host.timerRef(id, false);
  }
  // Node's unenroll: clearTimeout's core.
  function unenroll(item) {
    if (item._destroyed) return;
    item._destroyed = true;
    if (item[kHasPrimitive]) delete knownTimersById[item._id];
    const rec = armed.get(item);
    if (rec !== undefined) { host.timerClear(rec.id); armed.delete(item); }
    aliveTimers.delete(item);
    item._idleNext = item._idlePrev = null;
    item._idleTimeout = -1;
  }
  // Node's listOnTimeout for one timer: calls `timer._onTimeout` with the
  // timer as `this`; a timer no longer re-inserted afterwards is destroyed.
  // Setting `_repeat` turns a timeout into an interval; `_idleTimeout = -1`
  // or `_onTimeout = null` stops an interval.
  function runTimeout() {
    const rec = armed.get(this);
    const hostRepeats = rec !== undefined && rec.repeat;
    if (!hostRepeats) this._idlePrev = this._idleNext = null;
    if (!this._onTimeout) {
      if (rec !== undefined) { host.timerClear(rec.id); armed.delete(this); }
      this._idlePrev = this._idleNext = null;
      this._destroyed = true;
      aliveTimers.delete(this);
      return;
    }
    let start;
    if (this._repeat) start = host.now();
    try {
      const args = this._timerArgs;
      if (args === undefined) return this._onTimeout();
      return Reflect.apply(this._onTimeout, this, args);
    } finally {
      const now = armed.get(this);
      if (this._repeat && this._idleTimeout !== -1) {
        if (!hostRepeats && now === rec) {
          this._idleTimeout = this._repeat;
          arm(this, this._repeat, true);
          this._idleStart = Math.floor(start + STARTUP_MS);
        }
      } else {
        if (hostRepeats && now === rec) { host.timerClear(rec.id); armed.delete(this); this._idlePrev = this._idleNext = null; }
        if (!this._idleNext && !this._idlePrev && !this._destroyed) this._destroyed = true;
        if (this._destroyed) aliveTimers.delete(this);
      }
    }
  }
  function runImmediate() {
    aliveImmediates.delete(this);
    this[kRefed] = null;
    this._destroyed = true;
    const args = this._argv;
    if (args === undefined) return this._onImmediate();
    return Reflect.apply(this._onImmediate, this, args);
  }
  function checkCallback(callback) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  }
  function setTimeout(callback, after, ...args) {
    checkCallback(callback);
    return new Timeout(callback, after, args.length ? args : undefined, false, true);
  }
  function setInterval(callback, repeat, ...args) {
    checkCallback(callback);
    return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  }
  function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
      timer._onTimeout = null;
      unenroll(timer);
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const t = knownTimersById[timer];
      if (t !== undefined) {
        t._idleTimeout = -1;
        unenroll(t);
      }
    }
  }
  function setImmediate(callback, ...args) {
    checkCallback(callback);
    return new Immediate(callback, args.length ? args : undefined);
  }
  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed || immediate._id === undefined) return;
    immediate._destroyed = true;
    aliveImmediates.delete(immediate);
    immediate._onImmediate = null;
    host.immediateClear(immediate._id);
  }
  function queueMicrotask(callback) {
    checkCallback(callback);
    host.queueMicrotask(callback);
  }
  Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), { __proto__: null,
    get() { return loadBuiltin('timers/promises').setTimeout; }, enumerable: false, configurable: true,
  });
  Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), { __proto__: null,
    get() { return loadBuiltin('timers/promises').setImmediate; }, enumerable: false, configurable: true,
  });
  const timerGlobals = { setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout, setImmediate, clearImmediate, queueMicrotask };
  for (const [k, v] of Object.entries(timerGlobals)) {
    Object.defineProperty(global, k, { __proto__: null, value: v, writable: true, configurable: true, enumerable: true });
  }
  // For the `timers` module.
  host.internals = { process, Timeout, Immediate, TimersList, runTimeout, runImmediate, insertGuarded, unenroll, kRefed, invalidArgType, hasBuiltin, loadBuiltin, emitWarning, describe, upgradeProcess,
    touchedStdio };

  // ---------------------------------------------------------------- globals
  // Lazy globals stay accessors for good: turning an accessor into a data
  // property confuses Boa's cached global lookups in already-compiled code.
  function lazyGlobal(name, get) {
    let loaded = false;
    let value;
    Object.defineProperty(global, name, { __proto__: null,
      get() {
        if (!loaded) { value = get(); loaded = true; }
        return value;
      },
      set(v) { value = v; loaded = true; },
      configurable: true,
      enumerable: false,
    });
  }
  Object.defineProperty(global, 'global', { __proto__: null, value: global, writable: true, configurable: true, enumerable: false });
  // Node's global object has its own type tag ('[object global]').
  Object.defineProperty(global, Symbol.toStringTag, { __proto__: null, value: 'global', writable: false, configurable: true, enumerable: false });
  // require('console') is the global console as first installed, even if
  // the program replaced the global (as in Node).
  let consoleFront;
  const originalConsole = () => consoleFront || (consoleFront = makeConsole());
  lazyGlobal('console', originalConsole);
  lazyGlobal('structuredClone', () => loadBuiltin('internal/bootstrap/clone').structuredClone);
  lazyGlobal('DOMException', () => loadBuiltin('internal/bootstrap/clone').DOMException);
  // The global console starts as a thin front: plain strings and numbers are
  // written directly, so a program that only logs text never pays for
  // compiling console.js and util.inspect. Anything else (objects, format
  // specifiers, groups, timers, tables...) switches to the real console.
  function makeConsole() {
    let real = null;
    const full = () => real || (real = loadBuiltin('console'));
    const plain = (args) => {
      let out = '';
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const t = typeof a;
        if (t === 'string') {
          if (i === 0 && a.includes('%')) return null;
        } else if (t === 'number') {
          if (Object.is(a, -0)) return null;
        } else if (t !== 'boolean' && a !== undefined && a !== null) return null;
        out += (i ? ' ' : '') + (t === 'string' ? a : String(a));
      }
      return out + '\n';
    };
    const fast = (fd, method) => function (...args) {
      if (real === null) {
        const text = plain(args);
        if (text !== null) {
          const stream = touchedStdio(fd);
          if (stream === undefined) host.write(fd, text);
          else stream.write(text);
          return;
        }
      }
      return full()[method](...args);
    };
    const front = { log: fast(1, 'log'), info: fast(1, 'info'), debug: fast(1, 'debug'), error: fast(2, 'error'), warn: fast(2, 'warn') };
    return new Proxy(front, {
      __proto__: null,
      get(target, key) {
        if (real === null && Object.prototype.hasOwnProperty.call(target, key)) return target[key];
        return Reflect.get(full(), key);
      },
      set(target, key, value) { return Reflect.set(full(), key, value); },
      has(target, key) { return Reflect.has(full(), key); },
      ownKeys() { return Reflect.ownKeys(full()); },
      getOwnPropertyDescriptor(target, key) {
        const d = Reflect.getOwnPropertyDescriptor(full(), key);
        if (d) d.configurable = true;
        return d;
      },
      getPrototypeOf() { return Reflect.getPrototypeOf(full()); },
      defineProperty(target, key, desc) { return Reflect.defineProperty(full(), key, desc); },
      deleteProperty(target, key) { return Reflect.deleteProperty(full(), key); },
    });
  }
  lazyGlobal('Buffer', () => loadBuiltin('buffer').Buffer);
  lazyGlobal('TextEncoder', () => encoding().TextEncoder);
  lazyGlobal('TextDecoder', () => encoding().TextDecoder);
  lazyGlobal('URL', () => loadBuiltin('url').URL);
  lazyGlobal('URLSearchParams', () => loadBuiltin('url').URLSearchParams);
  lazyGlobal('EventEmitter', () => undefined);
  delete global.EventEmitter;
  lazyGlobal('AbortController', () => loadBuiltin('internal/abort').AbortController);
  lazyGlobal('AbortSignal', () => loadBuiltin('internal/abort').AbortSignal);
  lazyGlobal('EventTarget', () => loadBuiltin('internal/abort').EventTarget);
  lazyGlobal('Event', () => loadBuiltin('internal/abort').Event);
  // Web Crypto: `crypto` is a getter-only enumerable accessor, as in Node.
  for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) lazyGlobal(name, () => loadBuiltin('internal/webcrypto')[name]);
  Object.defineProperty(global, 'crypto', { __proto__: null,
    get: function crypto() { return loadBuiltin('internal/webcrypto').webcrypto; },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(Object.getOwnPropertyDescriptor(global, 'crypto').get, 'name', { __proto__: null, value: 'get crypto' });
  // fetch over the simulated loopback (`http`, `net`): loaded on first use.
  for (const name of ['fetch', 'Headers', 'Request', 'Response']) lazyGlobal(name, () => loadBuiltin('internal/fetch')[name]);
  const encoding = () => loadBuiltin('internal/text_encoding');
  // buffer's own atob/btoa, enumerable accessors as in Node.
  for (const name of ['atob', 'btoa']) {
    lazyGlobal(name, () => loadBuiltin('buffer')[name]);
    Object.defineProperty(global, name, { __proto__: null, enumerable: true });
  }

  const performance = {
    timeOrigin: host.epochMs,
    now() { return host.now() + STARTUP_MS; },
    mark(name) { return { name, entryType: 'mark', startTime: performance.now(), duration: 0 }; },
    measure(name) { return { name, entryType: 'measure', startTime: 0, duration: performance.now() }; },
    toJSON() { return { timeOrigin: performance.timeOrigin }; },
  };
  Object.defineProperty(global, 'performance', { __proto__: null, value: performance, writable: true, configurable: true, enumerable: true });


  function safeString(v) {
    try {
      return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    } catch (_) {
      return Object.prototype.toString.call(v);
    }
  }

  // ---------------------------------------------------------------- errors
  if (!R.patched) {
    const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
    R.rawStack = stackDesc && stackDesc.get;
  }
  const rawStack = R.rawStack;
  const mainFile = host.filename;
  // Boa places a call site at its `(` and a failed lookup of an undeclared
  // name at the start of the function; V8 at the callee and at the name
  // (host.v8Position finds them in the main program's source).
  function undefinedName(e) {
    try {
      const m = e instanceof ReferenceError && /^([\w$]+) is not defined(?: in ES module scope|$)/.exec(e.message);
      return m ? m[1] : undefined;
    } catch (_) { return undefined; }
  }
  // `l` and `c` are digits, or '?' where Boa has no position (module
  // code); the result is [line, column], or undefined if still unknown.
  function framePosition(e, innermost, path, l, c) {
    if (path !== mainFile) return l === '?' || c === '?' ? undefined : [Number(l), Number(c)];
    const known = l !== '?' && c !== '?';
    let line = known ? Number(l) : 1, col = known ? Number(c) : 1;
    if (known && line === 1 && !isEsmMain) col = Math.max(1, col - host.wrapperPrefix);
    const at = host.v8Position(path, line, col, innermost ? undefinedName(e) : undefined);
    if (at) return [at[0], at[1]];
    return known ? [line, col] : undefined;
  }
  const FRAME = /^ {4}at (.*?) \((.*):(\d+|\?):(\d+|\?)\)$/;
  // How Node names a file in a stack frame: ES modules by their file:// URL.
  const framePath = (path) => (path === mainFile && isEsmMain ? 'file://' + path : path);
  function rewriteFrames(frames, err) {
    const lines = [];
    let innermost = true;
    for (const line of frames.split('\n')) {
      const m = FRAME.exec(line);
      if (!m) {
        if (line.trim() && !line.includes('(native)')) lines.push(line);
        continue;
      }
      let [, name, path, l, c] = m;
      if (path.startsWith('node:internal/bootstrap')) continue;
      const at = framePosition(err, innermost, path, l, c);
      innermost = false;
      path = framePath(path);
      if (!at) {
        lines.push(name === '<main>' ? `    at ${path}` : `    at ${name} (${path})`);
        continue;
      }
      let col;
      [l, col] = at;
      if (name === '<main>') {
        lines.push(`    at ${path}:${l}:${col}`);
      } else {
        lines.push(`    at ${name} (${path}:${l}:${col})`);
      }
    }
    // The outermost frame of the main module is Node's `Object.<anonymous>`.
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = /^ {4}at (\/.*):(\d+):(\d+)$/.exec(lines[i]);
      if (m && m[1] === mainFile && !isEsmMain) {
        lines[i] = `    at Object.<anonymous> (${m[1]}:${m[2]}:${m[3]})`;
      }
      break;
    }
    return lines;
  }
  function errorHeader(e) {
    let name, message;
    try { name = e.name; message = e.message; } catch (_) { /* exotic */ }
    name = name === undefined ? 'Error' : String(name);
    message = message === undefined ? '' : String(message);
    if (!name) return message;
    if (!message) return name;
    return `${name}: ${message}`;
  }
  let isEsmMain = false;
  function installErrorPatches() {
    if (rawStack) {
    Object.defineProperty(Error.prototype, 'stack', { __proto__: null,
      get() {
        const frames = rawStack.call(this);
        if (frames === undefined) return undefined;
        const limit = Number(Error.stackTraceLimit);
        const lines = R.run.rewriteFrames(frames, this).slice(0, limit >= 0 ? limit : 0);
        if (typeof Error.prepareStackTrace === 'function') return R.run.prepareStack(this, lines);
        return [errorHeader(this), ...lines].join('\n');
      },
      set(value) {
        Object.defineProperty(this, 'stack', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
      enumerable: false,
    });
    }
    Error.captureStackTrace = function captureStackTrace(target, constructorOpt) {
      if (target === null || typeof target !== 'object') throw invalidArgType('targetObject', 'object', target);
      const frames = rawStack ? rawStack.call(new Error()) || '' : '';
      const limit = Number(Error.stackTraceLimit);
      // The frames start at the caller (this function's own frame is
      // bootstrap's, which rewriteFrames drops); with `constructorOpt`, at
      // the caller of its topmost call, as in V8.
      let lines = R.run.rewriteFrames(frames);
      if (typeof constructorOpt === 'function' && constructorOpt.name) {
        const at = lines.findIndex((line) => {
          const m = /^ {4}at (?:new |async )?(.*?) \(/.exec(line);
          return m !== null && (m[1] === constructorOpt.name || m[1].endsWith('.' + constructorOpt.name));
        });
        if (at >= 0) lines = lines.slice(at + 1);
      }
      lines = lines.slice(0, limit >= 0 ? limit : 0);
      const value = typeof Error.prepareStackTrace === 'function'
        ? R.run.prepareStack(target, lines) : [errorHeader(target), ...lines].join('\n');
      Object.defineProperty(target, 'stack', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
    };
  }
  Error.stackTraceLimit = 10;
  function firstUserFrame(e) {
    if (!rawStack) return undefined;
    let frames;
    try { frames = rawStack.call(e); } catch (_) { return undefined; }
    if (!frames) return undefined;
    let innermost = true;
    for (const line of frames.split('\n')) {
      const m = FRAME.exec(line);
      if (m && m[2] === mainFile) {
        const at = framePosition(e, innermost, m[2], m[3], m[4]);
        return at && { line: at[0], column: at[1], file: framePath(mainFile) };
      }
      if (m && !m[2].startsWith('node:internal/bootstrap')) innermost = false;
    }
    return undefined;
  }
  const isError = (v) => v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
  function inspectValue(v) {
    try {
      if (hasBuiltin('util')) return loadBuiltin('util').inspect(v);
    } catch (_) { /* fall through */ }
    if (isError(v)) return v.stack || String(v);
    return typeof v === 'string' ? v : safeString(v);
  }

  // Built-ins replaced by JavaScript wrappers print as native code. (A class
  // without source text prints as `class Name { }`: the patched engine does
  // that, see vendor/README.md, so built-in constructors stay `function`.)
  function installToString() {
  const fnToString = Function.prototype.toString;
  const nativeLooking = R.nativeLooking = new WeakSet();
  Object.defineProperty(Function.prototype, 'toString', { __proto__: null, writable: true, configurable: true, enumerable: false, value: { toString() {
    if (nativeLooking.has(this)) return `function ${this.name}() { [native code] }`;
    return fnToString.call(this);
  } }.toString });
  nativeLooking.add(Function.prototype.toString);
  if (typeof Error.captureStackTrace === 'function') nativeLooking.add(Error.captureStackTrace);
  }

  // ---------------------------------------------------------------- guards
  // Builtins that could allocate enough to take the host down: strings over
  // V8's limit throw like V8; anything over the allocation limit ends the run.
  const MAX_STRING = 2 ** 29 - 24;
  const ALLOC = host.allocationBytes;
  function guardString(len) {
    if (len > MAX_STRING) throw new RangeError('Invalid string length');
    if (len * 2 > ALLOC) host.limit('allocation', `a string of ${len} characters is over the playground's allocation limit of ${ALLOC} bytes`);
  }
  function guardArray(len) {
    if (len * 8 > ALLOC) host.limit('allocation', `an array of ${len} elements is over the playground's allocation limit of ${ALLOC} bytes`);
  }
  const ARRAY_MAX = Math.floor(ALLOC / 8);
  const jsonError = () => loadBuiltin('internal/json_error');
  // V8's structured stack trace API: `Error.prepareStackTrace(error,
  // callSites)` decides what `stack` is (depd reads its callers this way).
  function CallSite(frame) {
    const m = /^ {4}at (?:(.*?) \((.*?)(?::(\d+):(\d+))?\)|(.*?)(?::(\d+):(\d+))?)$/.exec(frame) || [];
    const name = m[1] === undefined ? null : m[1];
    const file = m[2] !== undefined ? m[2] : m[5];
    const line = m[3] !== undefined ? m[3] : m[6];
    const column = m[4] !== undefined ? m[4] : m[7];
    const dot = name ? name.lastIndexOf('.') : -1;
    const fields = {
      getThis: () => undefined,
      getTypeName: () => (dot > 0 ? name.slice(0, dot).replace(/^new /, '') : null),
      getFunction: () => undefined,
      getFunctionName: () => (name === null || name === 'Object.<anonymous>' ? null : name.replace(/^(?:new |async )/, '')),
      getMethodName: () => (dot > 0 ? name.slice(dot + 1) : null),
      getFileName: () => file || undefined,
      getLineNumber: () => (line === undefined ? null : Number(line)),
      getColumnNumber: () => (column === undefined ? null : Number(column)),
      getEvalOrigin: () => undefined,
      getScriptNameOrSourceURL: () => file || undefined,
      isToplevel: () => name === null || name === 'Object.<anonymous>',
      isEval: () => false,
      isNative: () => false,
      isConstructor: () => name !== null && name.startsWith('new '),
      isAsync: () => name !== null && name.startsWith('async '),
      isPromiseAll: () => false,
      getPromiseIndex: () => null,
      toString: () => frame.slice(7),
    };
    for (const key of Object.keys(fields)) Object.defineProperty(this, key, { __proto__: null, value: fields[key], enumerable: false, writable: true, configurable: true });
  }
  // Below the main module's top level, Node's stacks go on into its CommonJS
  // loader (depd, for one, names that frame as a deprecated call's site).
  const LOADER_FRAMES = ['Module._compile (node:internal/modules/cjs/loader:1521:14)',
    'Module._extensions..js (node:internal/modules/cjs/loader:1623:10)', 'Module.load (node:internal/modules/cjs/loader:1266:32)',
    'Module._load (node:internal/modules/cjs/loader:1091:12)',
    'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)'].map((f) => '    at ' + f)
    .concat('    at node:internal/main/run_main_module:28:49');
  function prepareStack(error, lines) {
    if (lines.length && /^ {4}at Object\.<anonymous> \(/.test(lines[lines.length - 1])) {
      const limit = Number(Error.stackTraceLimit);
      lines = lines.concat(LOADER_FRAMES).slice(0, limit >= 0 ? limit : 0);
    }
    const sites = lines.map((line) => new CallSite(line));
    return Error.prepareStackTrace(error, sites);
  }
  R.run = {
    rewriteFrames, guardString, guardArray, arrayMax: ARRAY_MAX, prepareStack,
    jsonMessage: (text) => jsonError().message(text),
    circularMessage: (value, replacer) => jsonError().circularMessage(value, replacer),
  };
  if (!R.patched) {
    R.patched = true;
    installErrorPatches();
    installToString();
    installGuards();
    installJsonMessages();
    installMessages();
    // Node 20's built-ins where Boa's differ (newer features hidden, dates).
    loadBuiltin('internal/bootstrap/node20').install(global, R);
  }

  // A builtin replaced by a JavaScript wrapper still prints as native code.
  function definePatched(obj, name, fn) {
    R.nativeLooking.add(fn);
    Object.defineProperty(obj, name, { __proto__: null, value: fn, writable: true, configurable: true, enumerable: false });
  }

  // Errors thrown by builtins, in V8's words where Boa's differ: the
  // wrapper catches the error and throws V8's instead.
  function installMessages() {
    const wrap = (obj, name, translate) => {
      const orig = obj[name];
      const fn = { [name](...args) {
        try {
          return Reflect.apply(orig, this, args);
        } catch (e) {
          const better = translate(e, args);
          throw better || e;
        }
      } }[name];
      Object.defineProperty(fn, 'length', { __proto__: null, value: orig.length, configurable: true });
      definePatched(obj, name, fn);
    };
    const reduce = (e) => e instanceof TypeError && /empty array/.test(e.message) && new TypeError('Reduce of empty array with no initial value');
    wrap(Array.prototype, 'reduce', reduce);
    wrap(Array.prototype, 'reduceRight', reduce);
    for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent']) {
      wrap(global, name, (e) => e instanceof URIError && new URIError('URI malformed'));
    }
    wrap(Number.prototype, 'toString', (e) => e instanceof RangeError && /radix/.test(e.message) && new RangeError('toString() radix argument must be between 2 and 36'));
    wrap(JSON, 'stringify', (e, args) => {
      if (!(e instanceof TypeError)) return undefined;
      if (/bigint/i.test(e.message)) return new TypeError('Do not know how to serialize a BigInt');
      if (/cyclic/.test(e.message)) return new TypeError(R.run.circularMessage(args[0], args[1]));
      return undefined;
    });
  }

  // JSON.parse's errors in V8's words (internal/json_error.js).
  function installJsonMessages() {
    const origParse = JSON.parse;
    definePatched(JSON, 'parse', { parse(text, reviver) {
      const source = String(text);
      try {
        return origParse.call(JSON, source, reviver);
      } catch (e) {
        const message = e instanceof SyntaxError ? R.run.jsonMessage(source) : undefined;
        if (message !== undefined) throw new SyntaxError(message);
        throw e;
      }
    } }.parse);
  }

  function installGuards() {
  const { guardString, guardArray } = {
    guardString: (len) => R.run.guardString(len),
    guardArray: (len) => R.run.guardArray(len),
  };
  const proto = String.prototype;
  const origRepeat = proto.repeat, origPadStart = proto.padStart, origPadEnd = proto.padEnd;
  const defineMethod = definePatched;
  defineMethod(proto, 'repeat', { repeat(count) {
    const s = String(this);
    const asNumber = Number(count);
    const n = Math.trunc(asNumber) || 0;
    if (n < 0 || n === Infinity) throw new RangeError(`Invalid count value: ${asNumber}`);
    if (n > 0 && s.length > 0) guardString(s.length * n);
    return origRepeat.call(this, count);
  } }.repeat);
  defineMethod(proto, 'padStart', { padStart(maxLength, fill) {
    guardString(Math.trunc(Number(maxLength)) || 0);
    return origPadStart.call(this, maxLength, fill);
  } }.padStart);
  defineMethod(proto, 'padEnd', { padEnd(maxLength, fill) {
    guardString(Math.trunc(Number(maxLength)) || 0);
    return origPadEnd.call(this, maxLength, fill);
  } }.padEnd);
  const origFill = Array.prototype.fill;
  defineMethod(Array.prototype, 'fill', { fill(value, start, end) {
    const len = this.length >>> 0;
    if (len > 1e6) guardArray(len);
    return origFill.call(this, value, start, end);
  } }.fill);
  const origFrom = Array.from;
  defineMethod(Array, 'from', { from(items, mapFn, thisArg) {
    if (items !== null && items !== undefined && typeof items === 'object' && !(Symbol.iterator in Object(items))) {
      const len = Number(items.length);
      if (len > R.run.arrayMax) guardArray(len);
    }
    return Reflect.apply(origFrom, this, arguments);
  } }.from);
  const origConcat = Array.prototype.concat;
  defineMethod(Array.prototype, 'concat', { concat(...items) {
    let total = this.length >>> 0;
    for (const it of items) if (Array.isArray(it)) total += it.length;
    if (total > R.run.arrayMax) guardArray(total);
    return Reflect.apply(origConcat, this, items);
  } }.concat);
  // `Array(n)` / `new Array(n)`: Boa would fill huge arrays element by element.
  const OrigArray = Array;
  const checkArrayArgs = (args) => {
    if (args.length !== 1 || typeof args[0] !== 'number') return;
    if (args[0] >>> 0 !== args[0]) throw new RangeError('Invalid array length');
    if (args[0] > R.run.arrayMax) guardArray(args[0]);
  };
  Object.defineProperty(global, 'Array', { __proto__: null,
    value: new Proxy(OrigArray, {
      __proto__: null,
      apply(target, thisArg, args) { checkArrayArgs(args); return Reflect.apply(target, thisArg, args); },
      construct(target, args, newTarget) { checkArrayArgs(args); return Reflect.construct(target, args, newTarget === ArrayProxyRef.value ? target : newTarget); },
    }),
    writable: true, configurable: true, enumerable: false,
  });
  const ArrayProxyRef = { value: global.Array };
  R.nativeLooking.add(global.Array); // prints as `function Array() { [native code] }`
  const origJoin = Array.prototype.join;
  defineMethod(Array.prototype, 'join', { join(sep) {
    const len = this.length >>> 0;
    if (len > 1e6) guardArray(len);
    return origJoin.call(this, sep);
  } }.join);
  // For the engine's check that a run left the intrinsics as it found them.
  R.intrinsics = [OrigArray, Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(async function* () {}), Object.getPrototypeOf(Uint8Array),
    Object.getPrototypeOf(Object.getPrototypeOf(Uint8Array.prototype)), Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), Object.getPrototypeOf(new Map()[Symbol.iterator]()),
    Object.getPrototypeOf(new Set()[Symbol.iterator]()), Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(Object.getPrototypeOf(function* () {}).prototype)];
  }

  // What util.inspect needs from V8 (proxy targets, iterator previews).
  // Installed once per realm (its wrappers stay on the intrinsics), so later
  // runs use that same instance.
  if (host.wantsIntrospection && !R.introspection && hasBuiltin('internal/introspection')) {
    loadBuiltin('internal/introspection').install(global);
    R.introspection = builtinModules.get('internal/introspection');
  }

  // As Node: built on first read, replaced by whatever a program assigns.
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { __proto__: null,
    get() {
      const flags = loadBuiltin('internal/process/allowed_flags').buildAllowedFlags();
      process.allowedNodeEnvironmentFlags = flags;
      return process.allowedNodeEnvironmentFlags;
    },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', { __proto__: null, value, configurable: true, enumerable: true, writable: true });
    },
    enumerable: true,
    configurable: true,
  });

  // ---------------------------------------------------------------- hooks
  // Hooks needed only for fatal errors and ES modules live in a module of
  // their own, compiled on first use.
  let rare = null;
  const rareHooks = () => rare || (rare = loadBuiltin('internal/bootstrap/rare_hooks')({
    isError, inspectValue, isPathLike, normalizePath, dirnameOf, readUserFile, loadUserModule, isPublicBuiltin, loadBuiltin, firstUserFrame,
    resolveBare, nodeModulePaths, loadModule, knownPackages, packageName,
  }));
  host.setHooks({
    runMain(fn) {
      mainModule = newModule(host.filename, null);
      userModules[host.filename] = mainModule;
      process.mainModule = mainModule;
      fn.call(mainModule.exports, mainModule.exports, makeRequire(mainModule), mainModule, host.filename, host.dirname);
      mainModule.loaded = true;
    },
    // The main program is an ES module: its frames are file:// URLs.
    markEsmMain() {
      isEsmMain = true;
    },
    watchMain(promise) {
      promise.then(undefined, (e) => {
        // Node's ES-module loader says why a CommonJS global is missing.
        const name = undefinedName(e);
        if (name && ['require', 'module', 'exports', '__filename', '__dirname'].includes(name)) {
          try { e.message += ' in ES module scope' + (name === 'require' ? ', you can use import instead' : ''); } catch (_) { /* frozen */ }
        }
        host.queueMicrotask(() => { throw e; });
      });
    },
    uncaught(err, origin) {
      if (listenerCount('uncaughtExceptionMonitor') > 0) process.emit('uncaughtExceptionMonitor', err, origin);
      if (captureFn !== null) { captureFn(err); return true; }
      if (listenerCount('uncaughtException') === 0) return false;
      process.emit('uncaughtException', err, origin);
      return true;
    },
    unhandledRejection(reason, promise) {
      if (listenerCount('unhandledRejection') === 0) return false;
      process.emit('unhandledRejection', reason, promise);
      return true;
    },
    rejectionHandled(promise) {
      if (listenerCount('rejectionHandled') > 0) process.emit('rejectionHandled', promise);
    },
    beforeExit() {
      if (listenerCount('beforeExit') > 0) process.emit('beforeExit', toExitCode(process.exitCode));
    },
    emitExit(code) {
      if (code !== undefined) process.exitCode = code;
      process._exiting = true;
      if (listenerCount('exit') > 0) process.emit('exit', toExitCode(process.exitCode));
      return toExitCode(process.exitCode);
    },
    fatalReport(value, origin) { return rareHooks().fatalReport(value, origin); },
    metaResolve(base) { return rareHooks().metaResolve(base); },
    esmResolve(specifier, base) { return rareHooks().esmResolve(specifier, base); },
  });
});
