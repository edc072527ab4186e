// Loads playground/js/lib modules under real Node the way the Rust runtime
// does: each file is the body of `function (exports, require, module, host)`,
// `require` resolves other built-ins (with or without `node:`), and `host` is
// a fake that records writes. Used by the *.test.cjs files here to compare
// our modules with Node's own, byte for byte.
'use strict';

const fs = require('fs');
const path = require('path');

const LIB = path.join(__dirname, '..', 'lib');
// Modules generated from Node's own sources (js/tools/), named as js/lib's.
const NODE_LIB = path.join(__dirname, '..', 'node');
// The file of built-in `name` (js/lib first, then js/node), or undefined.
function builtinFile(name) {
  for (const root of [LIB, NODE_LIB]) {
    const file = path.join(root, `${name}.js`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

// Promise states for host.promiseState: Node offers no public way to read a
// promise's state synchronously, so tests register promises with
// `trackPromise` and let them settle before inspecting.
const promiseStates = new WeakMap();
function trackPromise(p) {
  promiseStates.set(p, [0, undefined]);
  p.then((v) => promiseStates.set(p, [1, v]), (e) => promiseStates.set(p, [2, e]));
  return p;
}

function createHost(overrides = {}) {
  const out = [];
  let clock = 0;
  const host = {
    output: out,
    write(fd, text) {
      out.push([fd, String(text)]);
    },
    now() {
      return clock;
    },
    hrtimeNs() {
      return clock * 1e6;
    },
    advance(ms) {
      clock += ms;
    },
    promiseState(p) {
      if (!(p instanceof Promise)) return undefined;
      return promiseStates.get(p) || [0, undefined];
    },
    nextTick(fn) {
      process.nextTick(fn);
    },
    queueMicrotask(fn) {
      queueMicrotask(fn);
    },
    note() {},
    cwd: '/home/node',
    version: 'v20.20.2',
    stdout() {
      return out.filter((e) => e[0] === 1).map((e) => e[1]).join('');
    },
    stderr() {
      return out.filter((e) => e[0] === 2).map((e) => e[1]).join('');
    },
    clear() {
      out.length = 0;
    },
    ...overrides,
  };
  return host;
}

// A module system over js/lib and js/node: `load('util')` returns module.exports.
function createRuntime(host = createHost()) {
  const cache = new Map();
  function load(name) {
    if (name.startsWith('node:')) name = name.slice(5);
    if (cache.has(name)) return cache.get(name).exports;
    const file = builtinFile(name);
    if (!file) {
      const err = new Error(`Cannot find module '${name}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const src = fs.readFileSync(file, 'utf8');
    // eslint-disable-next-line no-new-func
    const fn = new Function('exports', 'require', 'module', 'host', src);
    const module = { exports: {} };
    cache.set(name, module);
    try {
      fn.call(module.exports, module.exports, load, module, host);
    } catch (e) {
      cache.delete(name);
      throw e;
    }
    return module.exports;
  }
  return { require: load, host };
}

module.exports = { createHost, createRuntime, trackPromise, LIB, NODE_LIB, builtinFile };
