// `readline/promises`: the same Interface with a promise-returning question(),
// plus the Readline helper class that batches cursor escape sequences.
'use strict'

const readline = require('readline')
const { kQuestion, kQuestionCancel } = readline._internal

class Interface extends readline.Interface {
  question(query, options) {
    if (options === null || typeof options !== 'object') options = {}
    return new Promise((resolve, reject) => {
      let cb = resolve
      if (options.signal) {
        const signal = options.signal
        if (signal.aborted) {
          const err = new Error('The operation was aborted')
          err.name = 'AbortError'
          err.code = 'ABORT_ERR'
          err.cause = signal.reason
          return reject(err)
        }
        const onAbort = () => {
          this[kQuestionCancel]()
          const err = new Error('The operation was aborted')
          err.name = 'AbortError'
          err.code = 'ABORT_ERR'
          err.cause = signal.reason
          reject(err)
        }
        signal.addEventListener('abort', onAbort, { once: true })
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort)
          resolve(answer)
        }
      }
      this[kQuestion](query, cb)
    })
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal)
}

class Readline {
  constructor(stream, options) {
    this.stream = stream
    this.autoCommit = !!(options && options.autoCommit)
    this.todo = []
  }
  queue(data) {
    if (this.autoCommit) this.stream.write(data)
    else this.todo.push(data)
    return this
  }
  clearLine(dir) {
    return this.queue(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K')
  }
  clearScreenDown() {
    return this.queue('\x1b[0J')
  }
  cursorTo(x, y) {
    return this.queue(y === undefined ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`)
  }
  moveCursor(dx, dy) {
    let data = ''
    if (dx < 0) data += `\x1b[${-dx}D`
    else if (dx > 0) data += `\x1b[${dx}C`
    if (dy < 0) data += `\x1b[${-dy}A`
    else if (dy > 0) data += `\x1b[${dy}B`
    return data ? this.queue(data) : this
  }
  commit() {
    const data = this.todo.join('')
    this.todo = []
    return new Promise((resolve) => {
      if (data) this.stream.write(data, resolve)
      else resolve()
    })
  }
  rollback() {
    this.todo = []
    return this
  }
}

module.exports = { Interface, Readline, createInterface }
