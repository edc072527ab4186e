// `readline`: line-by-line reading of a Readable (scripted process.stdin, a
// file stream...) in Node's non-terminal mode. Lines are emitted
// synchronously from the input's 'data' handler, exactly where Node emits
// them; prompts and questions are written to `output` when one is given.
// The async iterator follows Node 20's `events.on(rl, 'line', { close })`.
// emitKeypressEvents is Node's own (generated internal/readline/*).
'use strict'

const EventEmitter = require('events')
const { StringDecoder } = require('string_decoder')
// Error classes (Node's, with an own `code`) load on first use.
const lazyError = (name) =>
  function (...args) {
    return new (require('internal/errors').codes[name])(...args)
  }
const ERR_INVALID_ARG_VALUE = lazyError('ERR_INVALID_ARG_VALUE')
const ERR_INVALID_ARG_TYPE = lazyError('ERR_INVALID_ARG_TYPE')

const kQuestionCallback = Symbol('_questionCallback')
const kOldPrompt = Symbol('_oldPrompt')
const kPrompt = Symbol('_prompt')
const kLineBuffer = Symbol('_line_buffer')
const kSawReturnAt = Symbol('_sawReturnAt')
const kDecoder = Symbol('_decoder')
const kLineObjectStream = Symbol('line object stream')
const kQuestion = Symbol('_question')
const kOnLine = Symbol('_onLine')
const kNormalWrite = Symbol('_normalWrite')
const kWriteToOutput = Symbol('_writeToOutput')
const kQuestionCancel = Symbol('_questionCancel')

const kHistorySize = 30
const kMincrlfDelay = 100
const lineEnding = /\r?\n|\r(?!\n)/g

function useAfterClose() {
  const err = new Error('readline was closed')
  err.code = 'ERR_USE_AFTER_CLOSE'
  if (typeof err.stack === 'string') {
    const stack = err.stack.replace(/^Error: /, 'Error [ERR_USE_AFTER_CLOSE]: ')
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false })
  }
  return err
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super()
    let history
    let historySize
    let crlfDelay
    let prompt = '> '
    let signal
    if (input && input.input) {
      const options = input
      output = options.output
      completer = options.completer
      terminal = options.terminal
      history = options.history
      historySize = options.historySize
      signal = options.signal
      if (options.prompt !== undefined) prompt = options.prompt
      crlfDelay = options.crlfDelay
      input = options.input
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer)
    }
    if (history === undefined) history = []
    if (historySize === undefined) historySize = kHistorySize
    if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
      throw new ERR_INVALID_ARG_VALUE('historySize', historySize)
    }
    if (terminal === undefined && !(output === null || output === undefined)) {
      terminal = !!output.isTTY
    }
    const self = this
    this.line = ''
    this.cursor = 0
    this.output = output
    this.input = input
    this.history = history
    this.historySize = historySize
    this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay
    this.completer = completer
    this.setPrompt(prompt)
    this.terminal = !!terminal
    this.closed = false
    this.paused = false
    this[kQuestionCallback] = null
    this[kOldPrompt] = ''
    this[kLineBuffer] = null
    this[kSawReturnAt] = 0
    this[kLineObjectStream] = undefined

    function onerror(err) {
      self.emit('error', err)
    }
    function ondata(data) {
      self[kNormalWrite](data)
    }
    function onend() {
      if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
        self.emit('line', self[kLineBuffer])
      }
      self.close()
    }
    input.on('error', onerror)
    this[kDecoder] = new StringDecoder('utf8')
    input.on('data', ondata)
    input.on('end', onend)
    if (this.terminal) {
      // Keypress decoding and raw mode, as Node's terminal Interface (lines
      // still come from 'data': there is no line editor).
      emitKeypressEvents(input, this)
      if (typeof input.setRawMode === 'function') input.setRawMode(true)
    }
    self.once('close', function onSelfCloseWithoutTerminal() {
      input.removeListener('data', ondata)
      input.removeListener('error', onerror)
      input.removeListener('end', onend)
    })
    if (signal) {
      const onAborted = () => self.close()
      if (signal.aborted) {
        host.nextTick(onAborted)
      } else {
        signal.addEventListener('abort', onAborted, { once: true })
        self.once('close', () => signal.removeEventListener('abort', onAborted))
      }
    }
    input.resume()
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns
    return Infinity
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt
  }

  getPrompt() {
    return this[kPrompt]
  }

  prompt() {
    if (this.paused) this.resume()
    this[kWriteToOutput](this[kPrompt])
  }

  [kQuestion](query, cb) {
    if (this.closed) throw useAfterClose()
    if (this[kQuestionCallback]) {
      this.prompt()
    } else {
      this[kOldPrompt] = this[kPrompt]
      this.setPrompt(query)
      this[kQuestionCallback] = cb
      this.prompt()
    }
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb
    if (options === null || typeof options !== 'object') options = {}
    if (options.signal) {
      if (options.signal.aborted) return
      const onAbort = () => this[kQuestionCancel]()
      options.signal.addEventListener('abort', onAbort, { once: true })
      const originalCb = cb
      cb =
        typeof cb === 'function'
          ? (answer) => {
              options.signal.removeEventListener('abort', onAbort)
              return originalCb(answer)
            }
          : () => options.signal.removeEventListener('abort', onAbort)
    }
    if (typeof cb === 'function') this[kQuestion](query, cb)
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null
      this.setPrompt(this[kOldPrompt])
      this.clearLine()
    }
  }

  clearLine() {
    this.line = ''
    this.cursor = 0
  }

  [kWriteToOutput](stringToWrite) {
    if (typeof stringToWrite !== 'string') throw new ERR_INVALID_ARG_TYPE('stringToWrite', 'string', stringToWrite)
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite)
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback]
      this[kQuestionCallback] = null
      this.setPrompt(this[kOldPrompt])
      cb(line)
    } else {
      this.emit('line', line)
    }
  }

  [kNormalWrite](b) {
    if (b === undefined) return
    let string = this[kDecoder].write(b)
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1)
      this[kSawReturnAt] = 0
    }
    lineEnding.lastIndex = 0
    let match = lineEnding.exec(string)
    if (match !== null) {
      if (this[kLineBuffer]) {
        string = this[kLineBuffer] + string
        this[kLineBuffer] = null
        lineEnding.lastIndex = 0
        match = lineEnding.exec(string)
      }
      this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0
      const indexes = [0, match.index, lineEnding.lastIndex]
      let next
      while ((next = lineEnding.exec(string)) !== null) indexes.push(next.index, lineEnding.lastIndex)
      const last = indexes.length - 1
      this[kLineBuffer] = string.slice(indexes[last])
      for (let i = 1; i < last; i += 2) this[kOnLine](string.slice(indexes[i - 1], indexes[i]))
    } else if (string) {
      this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string
    }
  }

  write(d) {
    if (this.paused) this.resume()
    this[kNormalWrite](d)
  }

  close() {
    if (this.closed) return
    if (this.terminal && typeof this.input.setRawMode === 'function') this.input.setRawMode(false)
    this.pause()
    this.closed = true
    this.emit('close')
  }

  pause() {
    if (this.paused) return
    this.input.pause()
    this.paused = true
    this.emit('pause')
    return this
  }

  resume() {
    if (!this.paused) return
    this.input.resume()
    this.paused = false
    this.emit('resume')
    return this
  }

  getCursorPos() {
    return { rows: 0, cols: this.cursor + this[kPrompt].length }
  }

  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = lineIterator(this)
    }
    return this[kLineObjectStream]
  }
}

/** Node 20's events.on(rl, 'line', { close: ['close'], highWaterMark: 1024 }). */
function lineIterator(emitter) {
  const highWaterMark = 1024
  const lowWaterMark = 1
  const events = []
  const promises = []
  let paused = false
  let error = null
  let finished = false
  const result = (value, done) => ({ value, done })
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype)

  const iterator = Object.setPrototypeOf(
    {
      next() {
        if (events.length) {
          const value = events.shift()
          if (paused && events.length < lowWaterMark) {
            emitter.resume()
            paused = false
          }
          return Promise.resolve(result(value, false))
        }
        if (error) {
          const p = Promise.reject(error)
          error = null
          return p
        }
        if (finished) return closeHandler()
        return new Promise((resolve, reject) => promises.push({ resolve, reject }))
      },
      return() {
        return closeHandler()
      },
      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err)
        }
        errorHandler(err)
      },
      [Symbol.asyncIterator]() {
        return this
      }
    },
    AsyncIteratorPrototype
  )

  function eventHandler(value) {
    if (promises.length === 0) {
      events.push(value)
      if (!paused && events.length > highWaterMark) {
        paused = true
        emitter.pause()
      }
    } else {
      promises.shift().resolve(result(value, false))
    }
  }
  function errorHandler(err) {
    if (promises.length === 0) error = err
    else promises.shift().reject(err)
    closeHandler()
  }
  function closeHandler() {
    emitter.removeListener('line', eventHandler)
    emitter.removeListener('error', errorHandler)
    emitter.removeListener('close', closeHandler)
    finished = true
    const done = result(undefined, true)
    while (promises.length) promises.shift().resolve(done)
    return Promise.resolve(done)
  }
  emitter.on('line', eventHandler)
  emitter.on('error', errorHandler)
  emitter.on('close', closeHandler)
  return iterator
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal)
}

// Cursor helpers: escape sequences written to a stream, as Node's.
function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y
    y = undefined
  }
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') host.nextTick(() => callback(null))
    return true
  }
  const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`
  return stream.write(data, callback)
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') host.nextTick(() => callback(null))
    return true
  }
  let data = ''
  if (dx < 0) data += `\x1b[${-dx}D`
  else if (dx > 0) data += `\x1b[${dx}C`
  if (dy < 0) data += `\x1b[${-dy}A`
  else if (dy > 0) data += `\x1b[${dy}B`
  return stream.write(data, callback)
}

function clearLine(stream, dir, callback) {
  if (stream == null) {
    if (typeof callback === 'function') host.nextTick(() => callback(null))
    return true
  }
  const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K'
  return stream.write(type, callback)
}

function clearScreenDown(stream, callback) {
  if (stream == null) {
    if (typeof callback === 'function') host.nextTick(() => callback(null))
    return true
  }
  return stream.write('\x1b[0J', callback)
}

function emitKeypressEvents(stream, iface) {
  return require('internal/readline/emitKeypressEvents')(stream, iface)
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor
}
// For readline/promises only (not enumerable, as Node shows no such keys).
Object.defineProperty(module.exports, '_internal', { value: { kQuestion, kQuestionCancel } })

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('readline/promises')
  }
})
