// `timers/promises`: setTimeout, setImmediate, the setInterval async
// iterator and `scheduler`, on the runtime's timers and check queue, with
// AbortSignal support and `ref: false`, as in Node 20.
'use strict'

const { AbortError } = require('internal/abort')
// Error classes (Node's, with an own `code`) load on first use.
const lazyError = (name) =>
  function (...args) {
    return new (require('internal/errors').codes[name])(...args)
  }
const ERR_INVALID_ARG_TYPE = lazyError('ERR_INVALID_ARG_TYPE')

const TIMEOUT_MAX = 2 ** 31 - 1

function normalizeDelay(after) {
  after *= 1
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1
  return after
}

function validate(delay, options) {
  if (delay !== undefined && typeof delay !== 'number') throw new ERR_INVALID_ARG_TYPE('delay', 'number', delay)
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options)
  const { signal, ref = true } = options
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal)
  }
  if (typeof ref !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref)
  return { signal, ref }
}

function setTimeout(after, value, options = {}) {
  let signal, ref
  try {
    ;({ signal, ref } = validate(after, options))
  } catch (err) {
    return Promise.reject(err)
  }
  if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }))
  let oncancel
  const ret = new Promise((resolve, reject) => {
    const id = host.timerStart(() => resolve(value), normalizeDelay(after), false)
    if (!ref) host.timerRef(id, false)
    if (signal) {
      oncancel = () => {
        host.timerClear(id)
        reject(new AbortError(undefined, { cause: signal.reason }))
      }
      signal.addEventListener('abort', oncancel, { once: true })
    }
  })
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret
}

function setImmediate(value, options = {}) {
  let signal, ref
  try {
    ;({ signal, ref } = validate(undefined, options))
  } catch (err) {
    return Promise.reject(err)
  }
  if (signal && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }))
  let oncancel
  const ret = new Promise((resolve, reject) => {
    const id = host.immediate(() => resolve(value))
    if (!ref) host.immediateRef(id, false)
    if (signal) {
      oncancel = () => {
        host.immediateClear(id)
        reject(new AbortError(undefined, { cause: signal.reason }))
      }
      signal.addEventListener('abort', oncancel, { once: true })
    }
  })
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validate(after, options)
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason })
  let onCancel
  let id
  try {
    let notYielded = 0
    let callback
    id = host.timerStart(() => {
      notYielded++
      if (callback) {
        callback()
        callback = undefined
      }
    }, normalizeDelay(after), true)
    if (!ref) host.timerRef(id, false)
    if (signal) {
      onCancel = () => {
        host.timerClear(id)
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })))
          callback = undefined
        }
      }
      signal.addEventListener('abort', onCancel, { once: true })
    }
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => (callback = resolve))
      }
      for (; notYielded > 0; notYielded--) {
        yield value
      }
    }
    throw new AbortError(undefined, { cause: signal && signal.reason })
  } finally {
    host.timerClear(id)
    if (signal) signal.removeEventListener('abort', onCancel)
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options || {})
  },
  yield() {
    return setImmediate()
  }
}

module.exports = { setTimeout, setImmediate, setInterval, scheduler }
