// Loaded by bootstrap.js on first use: how fatal errors are reported
// (Node's exact header and text for each kind) and how ES-module
// specifiers resolve. Kept out of bootstrap so programs that neither fail
// nor import pay nothing for it.
'use strict';

module.exports = function rareHooks(shared) {
  const { isError, inspectValue, isPathLike, normalizePath, dirnameOf, readUserFile, loadUserModule, isPublicBuiltin, loadBuiltin, firstUserFrame,
    resolveBare, nodeModulePaths, loadModule, knownPackages, packageName } = shared;

  const missingNote = (what, name) => `\n\nNote: the crib playground does not provide the ${what} '${name}'; only Node's built-in modules and the npm packages ${[...knownPackages].join(', ') || '(none)'} are available here.`;

    function fatalReport(value, origin) {
    if (origin === 'unhandledRejection' && !isError(value)) {
      return {
        header: 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n',
        text: 'UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, ' +
          `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${inspectValue(value)}".\n` +
          '    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n' +
          '    at processPromiseRejections (node:internal/process/promises:470:17)\n' +
          "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n  code: 'ERR_UNHANDLED_REJECTION'\n}",
      };
    }
    if (!isError(value)) {
      return { text: `${inspectValue(value)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)` };
    }
    let text = inspectValue(value);
    if (value.code === 'MODULE_NOT_FOUND' && Array.isArray(value.requireStack)) {
      const m = /^Cannot find module '(.*)'/.exec(value.message);
      const name = m ? m[1] : '';
      return {
        header: 'node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\n',
        text: text + (isPathLike(name) || knownPackages.has(packageName(name)) ? '' : missingNote('module', name)),
      };
    }
    if (value.code === 'ERR_MODULE_NOT_FOUND') {
      return {
        header: "node:internal/modules/esm/resolve:854\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n\n",
        text: text + (value.cribMissing ? missingNote('package', value.cribMissing) : ''),
      };
    }
    const emittedAt = value[Symbol.for('crib.emittedAt')];
    if (emittedAt && Array.isArray(emittedAt.frames)) {
      // An 'error' event nobody listened to: Node points at its own throw
      // and adds where the event was emitted (events.js enhanceStackTrace).
      // Node's stacks end in the CommonJS loader's frames, which the
      // playground does not show but Node folds: count them in, then drop them.
      const withLoader = (frames) => (/^ {4}at Object\.<anonymous> \(/.test(frames[frames.length - 1] || '') ? frames.concat(CJS_LOADER_FRAMES) : frames);
      let own = withLoader(emittedAt.frames);
      const errFrames = withLoader(String(value.stack).split('\n').slice(1));
      const { len, offset } = identicalSequenceRange(own, errFrames);
      if (len > 0) own.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
      own = own.filter((l) => !CJS_LOADER_FRAMES.includes(l));
      return {
        header: "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\n",
        text: `${text}\nEmitted 'error' event${emittedAt.ctorInfo} at:${own.length ? '\n' + own.join('\n') : ''}`,
      };
    }
    const pos = firstUserFrame(value) || {};
    return { text, line: pos.line, column: pos.column, file: pos.file };
  }
  const CJS_LOADER_FRAMES = [
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
    '    at Module.load (node:internal/modules/cjs/loader:1266:32)',
    '    at Module._load (node:internal/modules/cjs/loader:1091:12)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at node:internal/main/run_main_module:28:49',
  ];
  // Node's: the longest run (over 3 lines) of `a` also found in `b`.
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }
  function metaResolve(base) {
    return function resolve(specifier) {
      const name = String(specifier).startsWith('node:') ? String(specifier).slice(5) : String(specifier);
      if (isPublicBuiltin(name)) return 'node:' + name;
      const id = String(specifier);
      if (id.startsWith('file://')) return id;
      if (isPathLike(id)) return 'file://' + normalizePath(id.startsWith('/') ? id : dirnameOf(base) + '/' + id);
      const err = new Error(`Cannot find package '${id}' imported from ${base}`);
      err.code = 'ERR_MODULE_NOT_FOUND';
      throw err;
    };
  }
  function esmResolve(specifier, base) {
    const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    if (isPublicBuiltin(name)) return ['node:' + name, loadBuiltin(name), false];
    let id = specifier.startsWith('file://') ? specifier.slice(7) : specifier;
    if (isPathLike(id)) {
      const path = normalizePath(id.startsWith('/') ? id : dirnameOf(base) + '/' + id);
      const text = readUserFile(path);
      if (text !== undefined) {
        if (path.endsWith('.json')) return [path, JSON.parse(text), false];
        if (path.endsWith('.cjs')) return [path, loadUserModule(path, text, null), false];
        return [path, text, true];
      }
      const err = new Error(`Cannot find module '${path}' imported from ${base}`);
      err.code = 'ERR_MODULE_NOT_FOUND';
      throw err;
    }
    if (specifier.startsWith('node:')) {
      const err = new Error(`No such built-in module: ${specifier}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    // A bare specifier: node_modules lookup as require() does (a CommonJS
    // package imported from an ES module is its module.exports as default).
    const found = resolveBare(specifier, nodeModulePaths(dirnameOf(base)));
    if (found) return [found, loadModule(found, null), false];
    const known = knownPackages.has(packageName(specifier));
    if (!known) host.missing(specifier);
    const err = new Error(`Cannot find package '${specifier}' imported from ${base}`);
    err.name = 'Error [ERR_MODULE_NOT_FOUND]';
    err.code = 'ERR_MODULE_NOT_FOUND';
    if (!known) Object.defineProperty(err, 'cribMissing', { __proto__: null, value: specifier, enumerable: false });
    throw err;
  }

  return { fatalReport, metaResolve, esmResolve };
};
