// process's deprecated 'multipleResolves' event (DEP0160). V8 reports a
// promise's resolving functions called again after the first call
// (kPromiseResolveAfterResolved / kPromiseRejectAfterResolved); Boa has no
// such hook, so once a program listens for the event the global `Promise`
// becomes a proxy whose constructor hands the executor resolving functions
// that notice a second call (or an executor that throws after resolving).
// As in Node (lib/internal/process/promises.js) the event is emitted on a
// tick, and the first time it has a listener, DEP0160 is emitted too.
// `Promise.prototype.constructor` stays the real Promise, so `await` and
// `then` keep their fast paths and timing.
'use strict'

let installed = false
let listening = false
let warned = false

/** Called as listeners come and go: `on` is whether any is left. */
function listen(process, on) {
  listening = on
  if (installed || !on) return
  installed = true
  const NativePromise = globalThis.Promise
  const report = (type, promise, reason) => {
    process.nextTick(() => {
      if (process.emit('multipleResolves', type, promise.p, reason) && !warned) {
        warned = true
        process.emitWarning('The multipleResolves event has been deprecated.', 'DeprecationWarning', 'DEP0160')
      }
    })
  }
  globalThis.Promise = new Proxy(NativePromise, {
    __proto__: null,
    construct(target, args, newTarget) {
      const executor = args[0]
      if (!listening || typeof executor !== 'function') return Reflect.construct(target, args, newTarget === globalThis.Promise ? target : newTarget)
      const box = { p: undefined }
      let done = false
      const wrapped = function (resolve, reject) {
        const res = function (value) {
          if (done) return report('resolve', box, value)
          done = true
          return resolve(value)
        }
        const rej = function (reason) {
          if (done) return report('reject', box, reason)
          done = true
          return reject(reason)
        }
        try {
          return executor(res, rej)
        } catch (err) {
          if (done) report('reject', box, err)
          throw err
        }
      }
      box.p = Reflect.construct(target, [wrapped], newTarget === globalThis.Promise ? target : newTarget)
      return box.p
    },
  })
}

module.exports = { listen }
