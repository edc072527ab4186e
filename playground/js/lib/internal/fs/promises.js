// Node's internal/fs/promises: `fs/promises` (also `fs.promises`) is its
// `exports`: async functions over the virtual file system. Each file-system round trip is one poll-phase `host.io`, and the
// multi-step operations (readFile: open, fstat, read, close) await the same
// steps Node's implementation awaits, so they interleave with timers,
// immediates and other promises as in Node. FileHandle included.
'use strict'

const { Buffer } = require('buffer')
const EventEmitter = require('events')
const fs = require('fs')
const vfsModule = require('internal/vfs')
// Error classes (Node's, with an own `code`) load on first use.
const lazyError = (name) =>
  function (...args) {
    return new (require('internal/errors').codes[name])(...args)
  }
const ERR_INVALID_ARG_TYPE = lazyError('ERR_INVALID_ARG_TYPE')

const vfs = () => vfsModule.get()
const IO_LATENCY = 0

function handleErrorFromBinding(err) {
  throw err
}

/**
 * One round trip: `op` runs in a later poll phase, where the promise settles;
 * like Node's `PromisePrototypeThen(binding.x(..., kUsePromises), undefined,
 * handleErrorFromBinding)`, including its extra microtask hop.
 */
function call(op) {
  return bindingCall(op).then(undefined, handleErrorFromBinding)
}

function bindingCall(op) {
  return new Promise((resolve, reject) => {
    host.io(() => {
      let result
      try {
        result = op()
      } catch (err) {
        // Created by the request, as Node's C++ does: no JS frames.
        if (err && err.errno !== undefined && typeof err.stack === 'string') {
          Object.defineProperty(err, 'stack', { __proto__: null, value: `${err.name}: ${err.message}`, writable: true, configurable: true, enumerable: false })
        }
        reject(err)
        return
      }
      resolve(result)
    }, IO_LATENCY)
  })
}

function getOptions(options, defaults) {
  if (options == null) return defaults
  if (typeof options === 'string') return { ...defaults, encoding: options }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options)
  return { ...defaults, ...options }
}

function checkAborted(signal) {
  if (signal && signal.aborted) {
    throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason })
  }
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8')
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data)
}

/** Closes after `opPromise` settles, keeping the operation's result or error. */
function handleFdClose(opPromise, close) {
  return opPromise.then(
    (result) => close().then(() => result),
    (opError) => close().then(() => Promise.reject(opError))
  )
}

const kFd = Symbol('kFd')
const kClosePromise = Symbol('kClosePromise')
// As Node's FileHandle: a count of users (the handle itself, each operation
// in flight, each stream over it); the descriptor closes when it drops to 0.
const kRefs = Symbol('kRefs')
const kRef = Symbol('kRef')
const kUnref = Symbol('kUnref')
const kCloseResolve = Symbol('kCloseResolve')
const kCloseReject = Symbol('kCloseReject')

class FileHandle extends EventEmitter {
  constructor(fd) {
    super()
    this[kFd] = fd
    this[kClosePromise] = null
    this[kRefs] = 1
  }

  get fd() {
    return this[kFd]
  }

  getAsyncId() {
    return this[kFd]
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve()
    if (this[kClosePromise]) return this[kClosePromise]
    this[kRefs]--
    if (this[kRefs] === 0) {
      const fd = this[kFd]
      this[kFd] = -1
      this[kClosePromise] = bindingCall(() => vfs().close(fd)).finally(() => {
        this[kClosePromise] = undefined
      })
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve
        this[kCloseReject] = reject
      }).finally(() => {
        this[kClosePromise] = undefined
        this[kCloseReject] = undefined
        this[kCloseResolve] = undefined
      })
    }
    this.emit('close')
    return this[kClosePromise]
  }

  [kRef]() {
    this[kRefs]++
  }

  [kUnref]() {
    this[kRefs]--
    if (this[kRefs] === 0) {
      const fd = this[kFd]
      this[kFd] = -1
      bindingCall(() => vfs().close(fd)).then(this[kCloseResolve], this[kCloseReject])
    }
  }

  async [Symbol.asyncDispose]() {
    return this.close()
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options)
  }
  chmod(mode) {
    return fsCall(fchmod, this, mode)
  }
  datasync() {
    return fsCall(fsync, this)
  }
  sync() {
    return fsCall(fsync, this)
  }
  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position)
  }
  readv(buffers, position) {
    return fsCall(readv, this, buffers, position)
  }
  readFile(options) {
    return fsCall(readFile, this, options)
  }
  stat(options) {
    return fsCall(fstat, this, options)
  }
  truncate(len = 0) {
    return fsCall(ftruncate, this, len)
  }
  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position)
  }
  writev(buffers, position) {
    return fsCall(writev, this, buffers, position)
  }
  writeFile(data, options) {
    return fsCall(writeFile, this, data, options)
  }

  createReadStream(options = undefined) {
    return new fs.ReadStream(undefined, { ...options, fd: this })
  }

  createWriteStream(options = undefined) {
    return new fs.WriteStream(undefined, { ...options, fd: this })
  }

  readLines(options) {
    const { Interface } = require('readline')
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity })
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle.fd === -1) {
    const err = new Error('file closed')
    err.code = 'EBADF'
    err.syscall = fn.name
    throw err
  }
  try {
    handle[kRef]()
    return await fn(handle, ...args)
  } finally {
    handle[kUnref]()
  }
}

async function fstat(handle, options) {
  const fd = handle.fd
  return call(() => fs.fstatSync(fd, options))
}

async function ftruncate(handle, len) {
  const fd = handle.fd
  return call(() => fs.ftruncateSync(fd, len))
}

async function fsync(handle) {
  const fd = handle.fd
  return call(() => void vfs().fd(fd, 'fsync'))
}

async function fchmod(handle, mode) {
  const fd = handle.fd
  return call(() => {
    const entry = vfs().fd(fd, 'fchmod')
    entry.node.mode = (entry.node.mode & 0o170000) | mode
  })
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams
  if (!ArrayBuffer.isView(buffer)) {
    ;({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } =
      bufferOrParams ?? {})
  }
  if (offset !== null && typeof offset === 'object') {
    ;({ offset = 0, length = buffer.byteLength - offset, position = null } = offset)
  }
  if (offset == null) offset = 0
  length ??= buffer.byteLength - offset
  if (length === 0) return { __proto__: null, bytesRead: length, buffer }
  if (typeof position === 'bigint') position = Number(position)
  if (!Number.isSafeInteger(position)) position = -1
  const fd = handle.fd
  const view = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  const bytesRead = (await call(() => vfs().read(fd, view, offset, length, position))) || 0
  return { __proto__: null, bytesRead, buffer }
}

async function readv(handle, buffers, position) {
  let bytesRead = 0
  const fd = handle.fd
  const pos = typeof position === 'number' ? position : null
  bytesRead = await call(() => vfs().readv(fd, buffers, pos))
  return { __proto__: null, bytesRead, buffers }
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer }
  const fd = handle.fd
  let offset = offsetOrOptions
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ;({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {})
    }
    const fsUtils = require('internal/fs/utils')
    if (offset == null) offset = 0
    else fsUtils.validateInteger(offset, 'offset', 0)
    if (typeof length !== 'number') length = buffer.byteLength - offset
    if (typeof position !== 'number') position = null
    fsUtils.validateOffsetLengthWrite(offset, length, buffer.byteLength)
    const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length)
    const bytesWritten = (await call(() => vfs().write(fd, view, position))) || 0
    return { __proto__: null, bytesWritten, buffer }
  }
  require('internal/fs/utils').validateStringAfterArrayBufferView(buffer, 'buffer')
  require('internal/fs/utils').validateEncoding(buffer, length)
  // write(string[, position[, encoding]])
  const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8')
  const pos = typeof offset === 'number' ? offset : null
  const bytesWritten = (await call(() => vfs().write(fd, bytes, pos))) || 0
  return { __proto__: null, bytesWritten, buffer }
}

async function writev(handle, buffers, position) {
  const fd = handle.fd
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers }
  const all = Buffer.concat(buffers)
  const bytesWritten = (await call(() => vfs().write(fd, all, typeof position === 'number' ? position : null))) || 0
  return { __proto__: null, bytesWritten, buffers }
}

async function readFileHandle(handle, options) {
  const signal = options?.signal
  const encoding = options?.encoding
  checkAborted(signal)
  const fd = handle.fd
  const node = await call(() => vfs().fd(fd, 'fstat').node)
  checkAborted(signal)
  const size = node.type === 'file' ? node.data.length : 0
  const chunks = []
  let total = 0
  for (;;) {
    checkAborted(signal)
    const want = size === 0 ? 64 * 1024 : Math.min(size - total, 512 * 1024)
    const buf = Buffer.alloc(want)
    const bytesRead =
      (await call(() => {
        if (node.type === 'dir') throw vfsModule.uvError('EISDIR', 'read')
        return vfs().read(fd, buf, 0, want, -1)
      })) ?? 0
    total += bytesRead
    if (bytesRead > 0) chunks.push(buf.subarray(0, bytesRead))
    if (bytesRead === 0 || total === size || (size > 0 && bytesRead !== want)) break
  }
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
  return encoding && encoding !== 'buffer' ? all.toString(encoding) : all
}

async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal)
  if (data != null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
      (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
    for await (const chunk of data) {
      checkAborted(signal)
      const toWrite = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8')
      if (toWrite.byteLength) await write(handle, toWrite, 0, toWrite.byteLength)
      checkAborted(signal)
    }
    return
  }
  let bytes = toBytes(data, encoding)
  let remaining = bytes.byteLength
  if (remaining === 0) return
  // As Node: at most 512 KiB a write, the signal checked around each.
  do {
    checkAborted(signal)
    const { bytesWritten } = await write(handle, bytes, 0, Math.min(512 * 1024, bytes.byteLength))
    remaining -= bytesWritten
    checkAborted(signal)
    if (remaining > 0) bytes = new Uint8Array(bytes.buffer, bytes.byteOffset + bytesWritten, bytes.byteLength - bytesWritten)
  } while (remaining > 0)
}

async function open(path, flags, mode) {
  const p = toPath(path)
  return new FileHandle(await call(() => fs.openSync(p, flags === undefined ? 'r' : flags, mode)))
}

function toPath(p) {
  // validation only: fs's sync functions throw the right argument errors
  if (typeof p !== 'string' && !(p instanceof Uint8Array) && !(p && p.protocol === 'file:')) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], p)
  }
  return p instanceof Uint8Array ? Buffer.from(p).toString() : p && p.protocol === 'file:' ? decodeURIComponent(p.pathname) : p
}

async function readFile(path, options) {
  const opts = getOptions(options, { encoding: null, flag: 'r' })
  if (path instanceof FileHandle) return readFileHandle(path, opts)
  checkAborted(opts.signal)
  const fh = await open(path, opts.flag, 0o666)
  return handleFdClose(readFileHandle(fh, opts), () => fh.close())
}

async function writeFile(path, data, options) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' })
  // Node: data that is neither a view nor an iterable must be a string, checked before the open.
  const iterable = data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')
  if (!ArrayBuffer.isView(data) && !iterable) {
    require('internal/fs/utils').validateStringAfterArrayBufferView(data, 'data')
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, opts.signal, opts.encoding)
  checkAborted(opts.signal)
  const fh = await open(path, opts.flag || 'w', opts.mode)
  return handleFdClose(writeFileHandle(fh, data, opts.signal, opts.encoding), () => fh.close())
}

async function appendFile(path, data, options) {
  const opts = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) }
  opts.flag ||= 'a'
  return writeFile(path, data, opts)
}

function simple(syncName) {
  const name = syncName.slice(0, -4)
  const fn = async function (...args) {
    if (args.length && typeof args[0] !== 'number') toPath(args[0])
    const result = await call(() => fs[syncName](...args))
    return result
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: name })
  return fn
}

async function rm(path, options) {
  const p = toPath(path)
  const opts = getOptions(options, { force: false, recursive: false })
  // Node 20: lstat first, then the removal.
  const node = await call(() => {
    try {
      return vfs().stat(p, false)
    } catch (err) {
      if (err.code === 'ENOENT' && opts.force) return null
      throw vfsModule.uvError(err.code, 'lstat', p)
    }
  })
  if (node === null) return
  await call(() => fs.rmSync(p, opts))
}

// `exports` is the public fs/promises; FileHandle and its reference count
// are for internal/fs/streams, as in Node.
module.exports = { FileHandle, kRef, kUnref }
module.exports.exports = {
  access: simple('accessSync'),
  appendFile,
  chmod: simple('chmodSync'),
  copyFile: simple('copyFileSync'),
  cp: simple('cpSync'),
  lstat: simple('lstatSync'),
  mkdir: simple('mkdirSync'),
  mkdtemp: simple('mkdtempSync'),
  open,
  readdir: simple('readdirSync'),
  link: simple('linkSync'),
  opendir: simple('opendirSync'),
  readFile,
  readlink: simple('readlinkSync'),
  realpath: simple('realpathSync'),
  rename: simple('renameSync'),
  rm,
  rmdir: simple('rmdirSync'),
  stat: simple('statSync'),
  symlink: simple('symlinkSync'),
  truncate: simple('truncateSync'),
  unlink: simple('unlinkSync'),
  utimes: simple('utimesSync'),
  writeFile,
  constants: fs.constants
}
