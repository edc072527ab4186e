'use strict';
// Step-through frames for npm packages the playground carries: after a
// package file loads, a hook keyed by its path under node_modules may wrap
// the functions a reader wants to see as steps (Express: each middleware,
// route and error handler as it runs, so the visualiser shows a request
// walking the middleware list). Hooks install only when the run is traced
// (`host.tracing`), so an ordinary run executes the package as published.
// The package files themselves are never changed.

const displayName = (name) => (!name || name === '<anonymous>' ? '(anonymous)' : name);

/** Express 4's router layer: one per app.use / app.METHOD / router.use. */
function expressLayer(Layer) {
  const label = (layer, req, kind) => {
    const name = displayName(layer.name);
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).map((m) => m.toUpperCase()).join(', ');
      return `route ${methods || 'ALL'} ${layer.route.path}`;
    }
    if (layer.method) return `${kind === 'error' ? 'error handler' : 'handler'} ${name}`;
    const on = req && req.baseUrl ? ` on ${req.baseUrl}` : '';
    return `${kind === 'error' ? 'error middleware' : 'middleware'} ${name}${on}`;
  };
  const wrap = (method, kind, runs) => {
    const original = Layer.prototype[method];
    if (typeof original !== 'function') return;
    Layer.prototype[method] = {
      [method](...args) {
        // Layers Express only passes by (wrong kind for the state) are not steps.
        if (!runs(this.handle)) return Reflect.apply(original, this, args);
        const text = label(this, kind === 'error' ? args[1] : args[0], kind);
        host.traceEnter(text);
        try {
          return Reflect.apply(original, this, args);
        } finally {
          host.traceLeave(text);
        }
      },
    }[method];
  };
  wrap('handle_request', 'request', (fn) => fn.length <= 3);
  wrap('handle_error', 'error', (fn) => fn.length === 4);
}

const HOOKS = {
  'express/lib/router/layer.js': expressLayer,
};

/** Called by `require` after a file under `node_modules` has loaded. */
exports.afterLoad = function afterLoad(filename, moduleExports) {
  if (!host.tracing) return;
  const at = filename.lastIndexOf('/node_modules/');
  if (at < 0) return;
  const hook = HOOKS[filename.slice(at + '/node_modules/'.length)];
  if (hook) hook(moduleExports);
};
