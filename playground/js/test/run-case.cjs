// Runs one differential case (playground/tests/cases/*.js) under real Node,
// but with js/lib's modules in place of Node's: the global console, Buffer,
// TextEncoder/TextDecoder, and every `require()` of a built-in js/lib has
// (events, util, path, assert, buffer, os, string_decoder, console...).
// Node still runs the event loop, timers and fs. Used by cases.test.cjs.
// Usage: node --expose-internals run-case.cjs CASE.js
'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');
const { createRuntime, createHost, LIB, NODE_LIB } = require('./harness.cjs');

if (process.argv[2] === undefined) {
  // Picked up by `node --test playground/js/test/` as a file: nothing to run.
  process.exit(0);
}
const caseFile = path.resolve(process.argv[2]);
let promiseDetails;
const savedEmitWarning = process.emitWarning;
try {
  process.emitWarning = () => {};
  // eslint-disable-next-line node/no-missing-require
  const { internalBinding } = require('internal/test/binding');
  promiseDetails = internalBinding('util').getPromiseDetails;
} catch {
  promiseDetails = undefined;
} finally {
  process.emitWarning = savedEmitWarning;
}

const host = createHost({
  write(fd, text) {
    (fd === 2 ? process.stderr : process.stdout).write(String(text));
  },
  now: () => performance.now(),
  promiseState(p) {
    if (!(p instanceof Promise) || !promiseDetails) return undefined;
    const d = promiseDetails(p);
    return [d[0] === 0 ? 0 : d[0] === 1 ? 1 : 2, d[1]];
  },
  nextTick: (fn) => process.nextTick(fn),
  queueMicrotask: (fn) => queueMicrotask(fn),
  cwd: process.cwd(),
  sourceLine(file, line) {
    try {
      return fs.readFileSync(file, 'utf8').split('\n')[line - 1];
    } catch {
      return undefined;
    }
  },
});
const rt = createRuntime(host);
rt.require('internal/introspection').install(globalThis);

const publicModules = new Set();
function walk(dir, prefix) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'internal') walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    } else if (entry.name.endsWith('.js')) {
      publicModules.add(`${prefix}${entry.name.slice(0, -3)}`);
    }
  }
}
walk(LIB, '');
walk(NODE_LIB, '');
// Modules owned by other engineers that need the real runtime.
for (const name of ['fs', 'fs/promises', 'stream', 'stream/promises', 'readline', 'readline/promises',
  'timers', 'timers/promises', 'url', 'worker_threads', 'child_process']) {
  publicModules.delete(name);
}

const origLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const name = typeof request === 'string' ? request.replace(/^node:/, '') : request;
  if (parent && parent.filename === caseFile && publicModules.has(name)) {
    return rt.require(name);
  }
  return origLoad.apply(this, arguments); // eslint-disable-line prefer-rest-params
};

const ourConsole = rt.require('console');
Object.defineProperty(globalThis, 'console', { value: ourConsole, writable: true, configurable: true });
globalThis.Buffer = rt.require('buffer').Buffer;
const te = rt.require('internal/text_encoding');
globalThis.TextEncoder = te.TextEncoder;
globalThis.TextDecoder = te.TextDecoder;
process.emitWarning = rt.require('internal/warning').emitWarning;

Module.runMain = undefined;
require(caseFile);
