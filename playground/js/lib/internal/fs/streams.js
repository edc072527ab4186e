// fs.ReadStream and fs.WriteStream: Readable/Writable over fs.open, fs.read,
// fs.write and fs.close, structured like Node's so events come in Node's
// order: the file opens in _construct ('open' then 'ready'), each read or
// write is one poll-phase round trip, and the descriptor is closed in
// _destroy before 'close'.
'use strict'

const { Buffer } = require('buffer')
const { Readable, Writable, finished } = require('stream')
const { errorOrDestroy } = require('internal/streams/destroy')
const { codes } = require('internal/errors')
const { ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED, ERR_INVALID_ARG_TYPE } = codes

const kIoDone = Symbol('kIoDone')
const kIsPerformingIO = Symbol('kIsPerformingIO')
const kFs = Symbol('kFs')

function getOptions(options) {
  if (options == null) return {}
  if (typeof options === 'string') return { encoding: options }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options)
  return { ...options }
}

function validatePath(path) {
  if (typeof path !== 'string' && !(path instanceof Uint8Array) && !(path && path.protocol === 'file:')) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path)
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value)
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value)
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value)
  }
}

function _construct(callback) {
  const stream = this
  if (typeof stream.fd === 'number') {
    callback()
    return
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er)
    } else {
      stream.fd = fd
      callback()
      stream.emit('open', stream.fd)
      stream.emit('ready')
    }
  })
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err)
  } else {
    stream[kFs].close(stream.fd, (er) => {
      cb(er || err)
    })
    stream.fd = null
  }
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options)
  options = getOptions(options)
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024
  if (options.autoDestroy === undefined) options.autoDestroy = false
  this[kFs] = options.fs || require('fs')
  if (options.fd == null) {
    this.fd = null
    this.path = path
    this.flags = options.flags === undefined ? 'r' : options.flags
    this.mode = options.mode === undefined ? 0o666 : options.mode
    validatePath(this.path)
  } else {
    this.fd = typeof options.fd === 'object' ? options.fd.fd : options.fd
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose
  this.start = options.start
  this.end = options.end
  this.pos = undefined
  this.bytesRead = 0
  this[kIsPerformingIO] = false
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0)
    this.pos = this.start
  }
  if (this.end === undefined) {
    this.end = Infinity
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0)
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start)
    }
  }
  Readable.call(this, options)
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype)
Object.setPrototypeOf(ReadStream, Readable)

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    return this._readableState.autoDestroy
  },
  set(val) {
    this._readableState.autoDestroy = val
  }
})

ReadStream.prototype._construct = _construct

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n)
  if (n <= 0) {
    this.push(null)
    return
  }
  const buf = Buffer.alloc(n)
  this[kIsPerformingIO] = true
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false
    if (this.destroyed) {
      this.emit(kIoDone, er)
      return
    }
    if (er) {
      errorOrDestroy(this, er)
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead
      this.bytesRead += bytesRead
      if (bytesRead !== buf.length) {
        const dst = Buffer.alloc(bytesRead)
        buf.copy(dst, 0, 0, bytesRead)
        buf = dst
      }
      this.push(buf)
    } else {
      this.push(null)
    }
  })
}

ReadStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb))
  } else {
    close(this, err, cb)
  }
}

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb)
  this.destroy()
}

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() {
    return this.fd === null
  },
  configurable: true
})

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options)
  options = getOptions(options)
  options.decodeStrings = true
  this[kFs] = options.fs || require('fs')
  if (options.fd == null) {
    this.fd = null
    this.path = path
    this.flags = options.flags === undefined ? 'w' : options.flags
    this.mode = options.mode === undefined ? 0o666 : options.mode
    validatePath(this.path)
  } else {
    this.fd = typeof options.fd === 'object' ? options.fd.fd : options.fd
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose
  this.flush = !!options.flush
  this.start = options.start
  this.pos = undefined
  this.bytesWritten = 0
  this[kIsPerformingIO] = false
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0)
    this.pos = this.start
  }
  Writable.call(this, options)
  if (options.encoding) this.setDefaultEncoding(options.encoding)
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype)
Object.setPrototypeOf(WriteStream, Writable)

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    return this._writableState.autoDestroy
  },
  set(val) {
    this._writableState.autoDestroy = val
  }
})

WriteStream.prototype._construct = _construct

function writeAll(data, size, pos, cb) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten) => {
    if (this.destroyed || er) {
      return cb(er || new ERR_STREAM_DESTROYED('write'))
    }
    this.bytesWritten += bytesWritten
    cb()
  })
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false
    if (this.destroyed) {
      cb(er)
      return this.emit(kIoDone, er)
    }
    cb(er)
  })
  if (this.pos !== undefined) this.pos += data.length
}

WriteStream.prototype._writev = function (data, cb) {
  const chunks = data.map((d) => d.chunk)
  const all = Buffer.concat(chunks)
  this[kIsPerformingIO] = true
  writeAll.call(this, all, all.length, this.pos, (er) => {
    this[kIsPerformingIO] = false
    if (this.destroyed) {
      cb(er)
      return this.emit(kIoDone, er)
    }
    cb(er)
  })
  if (this.pos !== undefined) this.pos += all.length
}

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb))
  } else {
    close(this, err, cb)
  }
}

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      require('internal/streams/process').nextTick(cb)
      return
    }
    this.on('close', cb)
  }
  // Without autoClose nothing else would release the descriptor.
  if (!this.autoClose) {
    this.on('finish', this.destroy)
  }
  // end(), not destroy(): data already written must still reach the file.
  this.end()
}

WriteStream.prototype.destroySoon = WriteStream.prototype.end

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() {
    return this.fd === null
  },
  configurable: true
})

module.exports = { ReadStream, WriteStream }
