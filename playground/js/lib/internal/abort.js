// AbortController and AbortSignal (the subset Node programs use): abort(),
// signal.aborted/reason, 'abort' listeners via addEventListener or onabort,
// throwIfAborted, AbortSignal.abort/timeout/any. The runtime also exposes
// these as globals when the engine has none.
'use strict'

const kListeners = Symbol('kListeners')

/** Node's AbortError (code ABORT_ERR), thrown by promise APIs on abort. */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options)
    this.code = 'ABORT_ERR'
    this.name = 'AbortError'
  }
}

function domException(message, name, code) {
  if (typeof DOMException === 'function') return new DOMException(message, name)
  const err = new Error(message)
  err.name = name
  err.code = code
  return err
}

class Event {
  constructor(type, options) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified')
    this.type = String(type)
    this.bubbles = !!(options && options.bubbles)
    this.cancelable = !!(options && options.cancelable)
    this.defaultPrevented = false
    this.target = null
    this.currentTarget = null
    this.timeStamp = host.now()
    this.isTrusted = false
  }
  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true
  }
  stopPropagation() {}
  stopImmediatePropagation() {
    this[kStop] = true
  }
}

const kStop = Symbol('kStop')
const kOnAbort = Symbol('kOnAbort')

/** A minimal EventTarget: listeners by type, `once`, handleEvent objects. */
// Event phases, as Node's (static, read-only, enumerable).
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false })
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map()
  }
  addEventListener(type, listener, options) {
    if (listener == null) return
    const once = typeof options === 'object' && options !== null && !!options.once
    let list = this[kListeners].get(type)
    if (!list) this[kListeners].set(type, (list = []))
    if (list.some((l) => l.listener === listener)) return
    list.push({ listener, once })
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true })
  }
  removeEventListener(type, listener) {
    const list = this[kListeners].get(type)
    if (!list) return
    const i = list.findIndex((l) => l.listener === listener)
    if (i >= 0) list.splice(i, 1)
  }
  dispatchEvent(event) {
    event.target = event.currentTarget = this
    for (const entry of (this[kListeners].get(event.type) || []).slice()) {
      if (entry.once) this.removeEventListener(event.type, entry.listener)
      if (typeof entry.listener === 'function') entry.listener.call(this, event)
      else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event)
      if (event[kStop]) break
    }
    return !event.defaultPrevented
  }
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kListeners) throw new TypeError('Illegal constructor')
    super()
    this.aborted = false
    this.reason = undefined
    this[kOnAbort] = null
  }
  // An event handler attribute takes its place among the listeners when set.
  get onabort() {
    return this[kOnAbort] ? this[kOnAbort].handler : null
  }
  set onabort(fn) {
    if (this[kOnAbort]) {
      if (typeof fn === 'function') {
        this[kOnAbort].handler = fn
        return
      }
      this.removeEventListener('abort', this[kOnAbort])
      this[kOnAbort] = null
    }
    if (typeof fn === 'function') {
      const wrapper = { handler: fn, handleEvent: (event) => wrapper.handler.call(this, event) }
      this[kOnAbort] = wrapper
      this.addEventListener('abort', wrapper)
    }
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason
  }
  get [Symbol.toStringTag]() { return 'AbortSignal' }

  static abort(reason) {
    const signal = new AbortSignal(kListeners)
    signal.aborted = true
    signal.reason = reason === undefined ? domException('This operation was aborted', 'AbortError', 20) : reason
    return signal
  }
  static timeout(ms) {
    const signal = new AbortSignal(kListeners)
    const id = host.timerStart(() => {
      abortSignal(signal, domException('The operation was aborted due to timeout', 'TimeoutError', 23))
    }, Math.max(1, Math.min(Number(ms) || 1, 2 ** 31 - 1)), false)
    host.timerRef(id, false)
    return signal
  }
  static any(signals) {
    const signal = new AbortSignal(kListeners)
    for (const s of signals) {
      if (s.aborted) {
        signal.aborted = true
        signal.reason = s.reason
        return signal
      }
    }
    for (const s of signals) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true })
    }
    return signal
  }
}

function abortSignal(signal, reason) {
  if (signal.aborted) return
  signal.aborted = true
  signal.reason = reason
  signal.dispatchEvent(new Event('abort'))
}

class AbortController {
  constructor() {
    this.signal = new AbortSignal(kListeners)
  }
  abort(reason) {
    abortSignal(this.signal, reason === undefined ? domException('This operation was aborted', 'AbortError', 20) : reason)
  }
  get [Symbol.toStringTag]() { return 'AbortController' }
}

// Options Node's internal event_target knows; accepted and ignored here.
const kWeakHandler = Symbol('kWeak')
const kResistStopPropagation = Symbol('kResistStopPropagation')

module.exports = { AbortController, AbortSignal, AbortError, Event, EventTarget, kWeakHandler, kResistStopPropagation }
