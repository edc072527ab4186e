// The `async_hooks` module, as far as the playground's npm packages reach
// it: `AsyncResource` (on-finished and raw-body bind their callbacks with
// it). The playground tracks no async contexts, so a resource's scope is
// the call itself: `runInAsyncScope(fn, thisArg, ...args)` calls `fn`.
// `AsyncLocalStorage`, `createHook` and the async ids are not provided:
// they need context propagation through every queue of the event loop.
'use strict';

const { validateFunction, validateString } = require('internal/validators');

let nextId = 2;

class AsyncResource {
  #asyncId;
  #triggerAsyncId;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    this.#asyncId = ++nextId;
    this.#triggerAsyncId = typeof opts === 'number' ? opts : (opts && opts.triggerAsyncId) || 1;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { __proto__: null, configurable: true, enumerable: true, get() { return self; }, set(val) { self = val; } },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

module.exports = { AsyncResource };
