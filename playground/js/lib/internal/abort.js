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
  constructor(type) {
    this.type = type
    this.defaultPrevented = false
    this.target = null
    this.currentTarget = null
    this.timeStamp = host.now()
  }
  preventDefault() { this.defaultPrevented = true }
  stopPropagation() {}
  stopImmediatePropagation() { this._stop = true }
}

class AbortSignal {
  constructor(key) {
    if (key !== kListeners) throw new TypeError('Illegal constructor')
    this[kListeners] = []
    this.aborted = false
    this.reason = undefined
    this.onabort = null
  }
  addEventListener(type, listener, options) {
    if (type !== 'abort' || listener == null) return
    const once = typeof options === 'object' && options !== null && !!options.once
    if (this[kListeners].some((l) => l.listener === listener)) return
    this[kListeners].push({ listener, once })
  }
  removeEventListener(type, listener) {
    if (type !== 'abort') return
    this[kListeners] = this[kListeners].filter((l) => l.listener !== listener)
  }
  dispatchEvent(event) {
    event.target = event.currentTarget = this
    if (typeof this.onabort === 'function') this.onabort.call(this, event)
    for (const entry of this[kListeners].slice()) {
      if (entry.once) this.removeEventListener(event.type, entry.listener)
      if (typeof entry.listener === 'function') entry.listener.call(this, event)
      else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event)
      if (event._stop) break
    }
    return !event.defaultPrevented
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

module.exports = { AbortController, AbortSignal, AbortError }
