// process.emitWarning and the default 'warning' printer, as Node 20 does them:
//   (node:PID) [CODE] Name: message
//   (Use `node --trace-warnings ...` to show where the warning was created)
// The hint line is printed once per process. bootstrap wires
// `process.emitWarning = emitWarning` and `process.on('warning', onWarning)`;
// without a `process` global, warnings go straight to stderr.
'use strict';

let traceWarningHelperShown = false;

function pid() {
  const p = globalThis.process;
  if (p && typeof p.pid === 'number') return p.pid;
  if (host && typeof host.pid === 'number') return host.pid;
  return 42;
}

function createWarningObject(warning, type, code, detail) {
  const warningErr = new Error(warning);
  warningErr.name = String(type || 'Warning');
  if (code !== undefined) warningErr.code = code;
  if (detail !== undefined) warningErr.detail = detail;
  return warningErr;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const p = globalThis.process;
  if (warning.name === 'DeprecationWarning') {
    if (p && p.noDeprecation) return;
    // Node throws it on the next tick, after the warnings already emitted.
    if (p && p.throwDeprecation) return host.nextTick(() => { throw warning; });
  }
  host.nextTick(() => {
    if (p && typeof p.emit === 'function') {
      p.emit('warning', warning);
    } else {
      onWarning(warning);
    }
  });
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  const p = globalThis.process;
  if (isDeprecation && p && p.noDeprecation) return;
  let msg = `(node:${pid()}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  // Through the global console's error, as Node does (so a replaced
  // process.stderr.write sees it).
  require('console').error(msg);
}

module.exports = { emitWarning, onWarning, createWarningObject };
