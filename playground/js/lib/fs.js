// Node's `fs` over the playground's virtual file system (internal/vfs).
// Callback functions complete in the poll phase through `host.io`, taking as
// many loop round trips as Node's own implementation does (readFile is
// open, fstat, read, close: four), so their order against timers, immediates
// and ticks matches real Node. Sync functions act at once.
'use strict'

const { Buffer } = require('buffer')
const vfsModule = require('internal/vfs')
const fsUtils = require('internal/fs/utils')
const { uvError, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, O } = vfsModule
// Error classes (Node's, with an own `code`) load on first use.
const lazyError = (name) =>
  function (...args) {
    return new (require('internal/errors').codes[name])(...args)
  }
const ERR_INVALID_ARG_TYPE = lazyError('ERR_INVALID_ARG_TYPE')
const ERR_INVALID_ARG_VALUE = lazyError('ERR_INVALID_ARG_VALUE')
const ERR_OUT_OF_RANGE = lazyError('ERR_OUT_OF_RANGE')

/** Virtual latency of one file-system round trip (ms): the next poll phase. */
const IO_LATENCY = 0

const vfs = () => vfsModule.get()

// ---------------------------------------------------------------- helpers

function io(fn) {
  host.io(fn, IO_LATENCY)
}

function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes')
    }
    return p
  }
  if (p instanceof Uint8Array) return Buffer.from(p).toString()
  if (p !== null && typeof p === 'object' && p.href !== undefined && p.protocol === 'file:') {
    return decodeURIComponent(p.pathname)
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p)
}

function checkCb(cb) {
  if (typeof cb !== 'function') throw new ERR_INVALID_ARG_TYPE('cb', 'Function', cb)
  return cb
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults
  if (typeof options === 'string') return { ...defaults, encoding: options }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options)
  return { ...defaults, ...options }
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding')
  }
}

function encodeOut(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8')
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data)
}

function modeNum(mode, def) {
  if (mode === undefined || mode === null) return def
  if (typeof mode === 'string') return parseInt(mode, 8)
  return mode
}

/** Replaces `stack` without making it an enumerable own property. */
function setStack(err, stack) {
  Object.defineProperty(err, 'stack', { __proto__: null, value: stack, writable: true, configurable: true, enumerable: false })
}

/**
 * An error reported by a completed request, not thrown by a call: Node
 * creates these in C++, so their stack is the message line alone.
 */
function detach(err) {
  if (err && err.errno !== undefined && typeof err.stack === 'string') {
    setStack(err, `${err.name}: ${err.message}`)
  }
  return err
}

/** Runs `op` in a later poll phase and hands its result or error to `cb`. */
function later(cb, op) {
  io(() => {
    let result
    try {
      result = op()
    } catch (err) {
      cb(detach(err))
      return
    }
    cb(null, result)
  })
}

// ---------------------------------------------------------------- Stats

class Stats {
  constructor(node) {
    this.dev = 2049
    this.mode = node.mode
    this.nlink = node.nlink
    this.uid = 1000
    this.gid = 1000
    this.rdev = 0
    this.blksize = 4096
    this.ino = node.ino
    const size = node.type === 'dir' ? 4096 : node.data.length
    this.size = size
    this.blocks = Math.ceil(size / 4096) * 8
    this.atimeMs = node.atimeMs
    this.mtimeMs = node.mtimeMs
    this.ctimeMs = node.ctimeMs
    this.birthtimeMs = node.birthtimeMs
    this.atime = new Date(node.atimeMs)
    this.mtime = new Date(node.mtimeMs)
    this.ctime = new Date(node.ctimeMs)
    this.birthtime = new Date(node.birthtimeMs)
  }
  isFile() { return (this.mode & S_IFMT) === S_IFREG }
  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR }
  isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK }
  isBlockDevice() { return false }
  isCharacterDevice() { return false }
  isFIFO() { return false }
  isSocket() { return false }
}

/**
 * The `{ bigint: true }` form: every number a BigInt, times also in
 * nanoseconds (`atimeNs`), as Node's BigIntStats.
 */
class BigIntStats {
  constructor(node) {
    const n = new Stats(node)
    for (const key of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
      this[key] = BigInt(n[key])
    }
    const ns = {}
    for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) ns[t] = BigInt(Math.round(n[t + 'Ms'] * 1e6))
    for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) this[t + 'Ms'] = ns[t] / 1000000n
    for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) this[t + 'Ns'] = ns[t]
    for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) this[t] = new Date(Math.round(Number(this[t + 'Ms'])))
  }
  isFile() { return (this.mode & BigInt(S_IFMT)) === BigInt(S_IFREG) }
  isDirectory() { return (this.mode & BigInt(S_IFMT)) === BigInt(S_IFDIR) }
  isSymbolicLink() { return (this.mode & BigInt(S_IFMT)) === BigInt(S_IFLNK) }
  isBlockDevice() { return false }
  isCharacterDevice() { return false }
  isFIFO() { return false }
  isSocket() { return false }
}

function makeStats(node, options) {
  return options && options.bigint ? new BigIntStats(node) : new Stats(node)
}

const kType = Symbol('type')
const UV_DIRENT = { file: 1, dir: 2, link: 3 }

class Dirent {
  constructor(name, type, path) {
    this.name = name
    this.parentPath = path
    this.path = path
    this[kType] = type
  }
  isFile() { return this[kType] === 1 }
  isDirectory() { return this[kType] === 2 }
  isSymbolicLink() { return this[kType] === 3 }
  isBlockDevice() { return false }
  isCharacterDevice() { return false }
  isFIFO() { return false }
  isSocket() { return false }
}

function readdirResult(path, options) {
  const opts = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false })
  const out = []
  const walk = (dir, prefix) => {
    for (const [name, node] of vfs().readdir(dir)) {
      const rel = prefix ? prefix + '/' + name : name
      if (opts.withFileTypes) out.push(new Dirent(name, UV_DIRENT[node.type], prefix ? path + '/' + prefix : path))
      else out.push(opts.encoding === 'buffer' ? Buffer.from(rel) : rel)
      if (opts.recursive && node.type === 'dir') walk(dir + '/' + name, rel)
    }
  }
  walk(path, '')
  return out
}

// ---------------------------------------------------------------- sync API

function readFileSync(path, options) {
  const opts = getOptions(options, { encoding: null, flag: 'r' })
  checkEncoding(opts.encoding)
  if (typeof path === 'number') {
    const entry = vfs().fd(path, 'read')
    const rest = entry.node.data.slice(entry.pos)
    entry.pos += rest.length
    return encodeOut(rest, opts.encoding)
  }
  const p = toPath(path)
  if (opts.flag !== 'r') {
    vfs().close(vfs().open(p, opts.flag))
  }
  return encodeOut(vfs().readFile(p), opts.encoding)
}

function writeFileSync(path, data, options) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' })
  if (!ArrayBuffer.isView(data)) fsUtils.validateStringAfterArrayBufferView(data, 'data')
  const bytes = toBytes(data, opts.encoding)
  if (typeof path === 'number') {
    vfs().write(path, bytes, null)
    return
  }
  vfs().writeFile(toPath(path), bytes, opts.flag, modeNum(opts.mode, 0o666))
}

function appendFileSync(path, data, options) {
  const opts = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) }
  if (!opts.flag || typeof path === 'number') opts.flag = 'a'
  writeFileSync(path, data, opts)
}

function existsSync(path) {
  try {
    vfs().lookup(toPath(path), 'access', path)
    return true
  } catch {
    return false
  }
}

function accessSync(path, mode) {
  vfs().access(toPath(path), mode)
}

function statSync(path, options) {
  try {
    return makeStats(vfs().stat(toPath(path), true), options)
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined
    throw err
  }
}

function lstatSync(path, options) {
  try {
    return makeStats(vfs().stat(toPath(path), false), options)
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined
    throw err
  }
}

function fstatSync(fd, options) {
  return makeStats(vfs().fd(fd, 'fstat').node, options)
}

function readdirSync(path, options) {
  return readdirResult(toPath(path), options)
}

// Node 20's mkdir options: a mode (number or octal string) or { recursive, mode }.
function mkdirArgs(options) {
  let mode = 0o777
  let recursive = false
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options
  } else if (options && typeof options !== 'function') {
    if (options.recursive !== undefined) recursive = options.recursive
    if (options.mode !== undefined) mode = options.mode
  }
  return { mode, recursive }
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options)
  const p = toPath(path)
  if (typeof recursive !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive)
  return vfs().mkdir(p, recursive, fsUtils.parseFileMode(mode, 'mode'))
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') callback = options
  const { mode, recursive } = mkdirArgs(options)
  checkCb(callback)
  const p = toPath(path)
  if (typeof recursive !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive)
  const m = fsUtils.parseFileMode(mode, 'mode')
  later(callback, () => vfs().mkdir(p, recursive, m))
}

let recursiveRmdirWarned = false
function rmdirSync(path, options) {
  path = toPath(path)
  if (options && options.recursive) {
    // Node 20: deprecated (DEP0147); a missing path is lstat's ENOENT, a
    // file falls through to rmdir's ENOTDIR.
    if (!recursiveRmdirWarned) {
      recursiveRmdirWarned = true
      process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147')
    }
    if (lstatSync(path).isDirectory()) return rmSync(path, { recursive: true, force: false })
  }
  vfs().rmdir(path)
}

function rmError(p) {
  const err = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${p}`)
  err.code = 'ERR_FS_EISDIR'
  err.info = { code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 }
  err.errno = 21
  err.syscall = 'rm'
  err.path = p
  return err
}

function rmSync(path, options) {
  const p = toPath(path)
  const opts = getOptions(options, { force: false, recursive: false })
  let node
  try {
    node = vfs().stat(p, false)
  } catch (err) {
    if (err.code === 'ENOENT' && opts.force) return
    throw uvError(err.code, 'lstat', p)
  }
  if (node.type === 'dir' && !opts.recursive) throw rmError(p)
  vfs().rmTree(p)
}

function unlinkSync(path) {
  vfs().unlink(toPath(path))
}

function renameSync(from, to) {
  vfs().rename(toPath(from, 'oldPath'), toPath(to, 'newPath'))
}

function copyFileSync(from, to, mode) {
  vfs().copyFile(toPath(from, 'src'), toPath(to, 'dest'), mode || 0)
}

function cpSync(from, to, options) {
  const opts = getOptions(options, { recursive: false })
  const src = toPath(from, 'src')
  const dst = toPath(to, 'dest')
  const node = vfs().stat(src, true)
  if (node.type !== 'dir') return vfs().copyFile(src, dst, 0)
  if (!opts.recursive) {
    const err = new Error(`Recursive option is required to copy a directory: ${src}`)
    err.code = 'ERR_FS_EISDIR'
    throw err
  }
  vfs().mkdir(dst, true)
  for (const [name] of vfs().readdir(src)) cpSync(src + '/' + name, dst + '/' + name, opts)
}

function openSync(path, flags, mode) {
  return vfs().open(toPath(path), flags === undefined || flags === null ? 'r' : flags, modeNum(mode, 0o666))
}

function closeSync(fd) {
  vfs().close(fd)
}

const kEmptyObject = Object.freeze({ __proto__: null })

/** A position Node passes to the binding (-1: the descriptor's own) as the VFS's (null). */
function vfsPosition(position) {
  if (typeof position === 'bigint') position = Number(position)
  return typeof position === 'number' && position >= 0 ? position : null
}

function bytesOf(buffer) {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

// Node 20's readSync, check for check.
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = fsUtils.getValidatedFd(fd)
  fsUtils.validateBuffer(buffer)
  let offset = offsetOrOptions
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObjectNullable(offsetOrOptions, 'options')
    ;({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject)
  }
  if (offset === undefined) offset = 0
  else fsUtils.validateInteger(offset, 'offset', 0)
  length |= 0
  if (length === 0) return 0
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written')
  fsUtils.validateOffsetLengthRead(offset, length, buffer.byteLength)
  if (position == null) position = -1
  fsUtils.validatePosition(position, 'position')
  return vfs().read(fd, bytesOf(buffer), offset, length, vfsPosition(position))
}

// Node's validateObject with kValidateObjectAllowNullable.
function validateObjectNullable(value, name) {
  if ((value !== null && typeof value !== 'object') || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value)
  }
}

/** Node 20's write(fd, ...) argument handling; `callback` undefined for writeSync. */
function writeRequest(sync, fd, buffer, offsetOrOptions, length, position, callback) {
  fd = fsUtils.getValidatedFd(fd)
  let offset = offsetOrOptions
  if (ArrayBuffer.isView(buffer)) {
    if (!sync) {
      callback ||= position || length || offset
      checkCb(callback)
    }
    if (typeof offset === 'object') {
      ;({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject)
    }
    if (sync && position === undefined) position = null
    if (offset == null || (!sync && typeof offset === 'function')) offset = 0
    else fsUtils.validateInteger(offset, 'offset', 0)
    if (typeof length !== 'number') length = buffer.byteLength - offset
    if (!sync && typeof position !== 'number') position = null
    fsUtils.validateOffsetLengthWrite(offset, length, buffer.byteLength)
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length)
    return { fd, bytes, position: vfsPosition(position), callback }
  }
  fsUtils.validateStringAfterArrayBufferView(buffer, 'buffer')
  if (!sync) {
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset
        offset = null
      } else {
        position = length
      }
      length = 'utf8'
    }
    fsUtils.validateEncoding(buffer, length)
    callback = position
    checkCb(callback)
  } else {
    fsUtils.validateEncoding(buffer, length)
  }
  // writeString(fd, string, position, encoding)
  const encoding = typeof length === 'string' ? length : 'utf8'
  const bytes = Buffer.from(buffer, Buffer.isEncoding(encoding) ? encoding : 'utf8')
  return { fd, bytes, position: vfsPosition(offset), callback }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const r = writeRequest(true, fd, buffer, offsetOrOptions, length, position)
  return vfs().write(r.fd, r.bytes, r.position)
}

// Node's getValidatedFd and validateBufferArray (readv/writev).
function validatedFd(fd) {
  if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('fd', 'number', fd)
  if (!Number.isInteger(fd)) throw new ERR_OUT_OF_RANGE('fd', 'an integer', fd)
  if (fd < 0 || fd > 2147483647) throw new ERR_OUT_OF_RANGE('fd', '>= 0 && <= 2147483647', fd)
  return fd
}
function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers)
  }
}

// Scatter/gather I/O: one read or write over the buffers in order (a read
// stops at the end of the file).
function readvSync(fd, buffers, position) {
  fd = validatedFd(fd)
  validateBufferArray(buffers)
  return vfs().readv(fd, buffers, typeof position === 'number' ? position : null)
}

function writevSync(fd, buffers, position) {
  fd = validatedFd(fd)
  validateBufferArray(buffers)
  if (buffers.length === 0) return 0
  if (typeof position !== 'number') position = null
  const bytes = Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)))
  return vfs().write(fd, bytes, position)
}

function readv(fd, buffers, position, callback) {
  fd = validatedFd(fd)
  validateBufferArray(buffers)
  callback = callback || position
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('cb', 'function', callback)
  later((err, n) => callback(err, n || 0, buffers), () => readvSync(fd, buffers, position))
}

function writev(fd, buffers, position, callback) {
  fd = validatedFd(fd)
  validateBufferArray(buffers)
  callback = callback || position
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('cb', 'function', callback)
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers)
    return
  }
  later((err, n) => callback(err, n || 0, buffers), () => writevSync(fd, buffers, position))
}

function ftruncateSync(fd, len = 0) {
  vfs().truncate(vfs().fd(fd, 'ftruncate').node, len)
}

let truncateWarned = false
function showTruncateDeprecation() {
  if (truncateWarned) return
  truncateWarned = true
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081')
}

function truncateSync(path, len = 0) {
  if (typeof path === 'number') {
    showTruncateDeprecation()
    return ftruncateSync(path, len)
  }
  const node = vfs().lookup(toPath(path), 'open', path)
  if (node.type === 'dir') throw uvError('EISDIR', 'open', path)
  vfs().truncate(node, len)
}

function chmodSync(path, mode) {
  const node = vfs().lookup(toPath(path), 'chmod', path)
  node.mode = (node.mode & S_IFMT) | modeNum(mode, 0)
  node.ctimeMs = Date.now()
}

function setTimes(node, atime, mtime) {
  node.atimeMs = atime * 1000
  node.mtimeMs = mtime * 1000
  node.ctimeMs = Date.now()
}

// utimes, lutimes (the link itself) and futimes: the times are checked at
// the call, the file in the request.
const setUtimes = (p, a, m) => setTimes(vfs().lookup(p, 'utime', p), a, m)
const setLutimes = (p, a, m) => setTimes(vfs().lookup(p, 'lutime', p, false), a, m)
const setFutimes = (fd, a, m) => setTimes(vfs().fd(fd, 'futime').node, a, m)

function timesSync(set, isFd) {
  return function (target, atime, mtime) {
    target = isFd ? fsUtils.getValidatedFd(target) : toPath(target)
    set(target, fsUtils.toUnixTimestamp(atime, isFd ? 'atime' : 'time'), fsUtils.toUnixTimestamp(mtime, isFd ? 'mtime' : 'time'))
  }
}

function timesAsync(set, isFd) {
  return function (target, atime, mtime, callback) {
    checkCb(callback)
    target = isFd ? fsUtils.getValidatedFd(target) : toPath(target)
    const a = fsUtils.toUnixTimestamp(atime, isFd ? 'atime' : 'time')
    const m = fsUtils.toUnixTimestamp(mtime, isFd ? 'mtime' : 'time')
    later(callback, () => set(target, a, m))
  }
}

const utimesSync = timesSync(setUtimes, false)
const lutimesSync = timesSync(setLutimes, false)
const futimesSync = timesSync(setFutimes, true)

function symlinkSync(target, path) {
  vfs().symlink(toPath(target, 'target'), toPath(path))
}

function linkSync(existingPath, newPath) {
  vfs().link(toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath'))
}

function readlinkSync(path) {
  return vfs().readlink(toPath(path, 'oldPath')) // Node names it so
}

function realpathSync(path) {
  return vfs().realpath(toPath(path))
}
realpathSync.native = realpathSync

let tmpCounter = 0
function mkdtempSync(prefix) {
  fsUtils.warnOnNonPortableTemplate(toPath(prefix, 'prefix'))
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  for (;;) {
    let suffix = ''
    let n = ++tmpCounter * 2654435761
    for (let i = 0; i < 6; i++) {
      suffix += chars[n % chars.length]
      n = Math.floor(n / chars.length) + 7 * i
    }
    const p = toPath(prefix, 'prefix') + suffix
    if (!vfs().tryLookup(p)) {
      vfs().mkdir(p, false, 0o700)
      return p
    }
  }
}

// ---------------------------------------------------------------- callback API

function readFile(path, options, cb) {
  cb = checkCb(typeof options === 'function' ? options : cb)
  const opts = getOptions(options, { encoding: null, flag: 'r' })
  checkEncoding(opts.encoding)
  const userFd = typeof path === 'number'
  const p = userFd ? null : toPath(path)
  let fd = path
  let size = 0
  let total = 0
  const chunks = []
  // Node: open, fstat, read (one per 512 KiB), close: each a round trip.
  const finish = (err) => {
    if (err) return cb(detach(err))
    const all = Buffer.concat(chunks)
    let result
    try {
      result = opts.encoding && opts.encoding !== 'buffer' ? all.toString(opts.encoding) : all
    } catch (e) {
      return cb(detach(e))
    }
    cb(null, result)
  }
  const closeThen = (err) => {
    // A descriptor the caller owns is not closed: Node finishes on a tick.
    if (userFd) return host.nextTick(() => finish(err))
    io(() => {
      try {
        vfs().close(fd)
      } catch (e) {
        err = err || e
      }
      finish(err)
    })
  }
  const readNext = () =>
    io(() => {
      let bytes
      try {
        const entry = vfs().fd(fd, 'read')
        if (entry.node.type === 'dir') throw uvError('EISDIR', 'read')
        const start = userFd ? entry.pos : total
        bytes = entry.node.data.slice(start, start + 512 * 1024)
        if (userFd) entry.pos += bytes.length
      } catch (err) {
        return closeThen(err)
      }
      if (bytes.length) chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))
      total += bytes.length
      if (bytes.length === 0 || (size > 0 && total >= size)) closeThen(null)
      else readNext()
    })
  const afterOpen = () =>
    io(() => {
      try {
        const node = vfs().fd(fd, 'fstat').node
        size = node.type === 'file' ? node.data.length : 0
      } catch (err) {
        return closeThen(err)
      }
      readNext()
    })
  if (userFd) return host.nextTick(afterOpen)
  io(() => {
    try {
      fd = vfs().open(p, opts.flag)
    } catch (err) {
      return cb(detach(err))
    }
    afterOpen()
  })
}

// Node 20's writeFile / writeAll / appendFile: open, write (until all is
// written), close, each a round trip; an aborted signal ends it with an
// AbortError before the next write.
function writeAll(fd, isUserFd, buffer, offset, length, signal, callback) {
  if (signal?.aborted) {
    const abortError = new (require('internal/errors').AbortError)(undefined, { cause: signal.reason })
    if (isUserFd) callback(abortError)
    else close(fd, (err) => callback(err || abortError))
    return
  }
  write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) {
      if (isUserFd) callback(writeErr)
      else close(fd, (err) => callback(err || writeErr))
    } else if (written === length) {
      if (isUserFd) callback(null)
      else close(fd, callback)
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, callback)
    }
  })
}

function writeFile(path, data, options, callback) {
  callback ||= options
  checkCb(callback)
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false })
  const flag = options.flag || 'w'
  if (!ArrayBuffer.isView(data)) {
    fsUtils.validateStringAfterArrayBufferView(data, 'data')
    data = Buffer.from(data, options.encoding || 'utf8')
  }
  if (typeof path === 'number') {
    writeAll(fsUtils.getValidatedFd(path), true, data, 0, data.byteLength, options.signal, callback)
    return
  }
  if (options.signal?.aborted) {
    callback(new (require('internal/errors').AbortError)(undefined, { cause: options.signal.reason }))
    return
  }
  open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) callback(openErr)
    else writeAll(fd, false, data, 0, data.byteLength, options.signal, callback)
  })
}

function appendFile(path, data, options, callback) {
  callback ||= options
  checkCb(callback)
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) }
  if (!options.flag || typeof path === 'number') options.flag = 'a'
  writeFile(path, data, options, callback)
}

function access(path, mode, cb) {
  cb = checkCb(typeof mode === 'function' ? mode : cb)
  const p = toPath(path)
  later(cb, () => {
    vfs().access(p, typeof mode === 'number' ? mode : 0)
  })
}

function exists(path, cb) {
  checkCb(cb)
  let p
  try {
    p = toPath(path)
  } catch {
    return io(() => cb(false))
  }
  io(() => cb(existsSync(p)))
}

function wrap1(syncFn, arity, pathNames = ['path']) {
  // A callback version of a sync function whose last argument is the
  // callback. Its leading path arguments (`pathNames`; none for the fd
  // functions) are checked at once, as Node does, so a wrong type throws.
  return function (...args) {
    let cb = args.pop()
    while (typeof cb !== 'function' && args.length) cb = args.pop()
    const callArgs = args.slice(0, arity)
    pathNames.forEach((name, i) => toPath(callArgs[i], name))
    checkCb(cb)
    later(cb, () => syncFn(...callArgs))
  }
}

const stat = wrap1(statSync, 2)
const lstat = wrap1(lstatSync, 2)
const fstat = wrap1(fstatSync, 2, [])
const readdir = wrap1(readdirSync, 2)
const rmdir = wrap1(rmdirSync, 2)
const unlink = wrap1(unlinkSync, 1)
const rename = wrap1(renameSync, 2, ['oldPath', 'newPath'])
const copyFile = wrap1(copyFileSync, 3, ['src', 'dest'])
const cp = wrap1(cpSync, 3, ['src', 'dest'])
const open = wrap1(openSync, 3)
const close = function (fd, cb) {
  cb = typeof cb === 'function' ? cb : () => {}
  later(cb, () => closeSync(fd))
}
const ftruncate = wrap1(ftruncateSync, 2, [])
const truncateByPath = wrap1(truncateSync, 2)
function truncate(path, len, cb) {
  if (typeof path === 'number') {
    showTruncateDeprecation()
    return ftruncate(path, len, cb)
  }
  return truncateByPath.apply(this, arguments)
}
const chmod = wrap1(chmodSync, 2)
const utimes = timesAsync(setUtimes, false)
const lutimes = timesAsync(setLutimes, false)
const futimes = timesAsync(setFutimes, true)
const symlink = wrap1(symlinkSync, 2, ['target', 'path'])
const readlink = wrap1(readlinkSync, 1, ['oldPath'])
const link = wrap1(linkSync, 2, ['existingPath', 'newPath'])
const realpath = wrap1(realpathSync, 1)
realpath.native = realpath
const mkdtemp = wrap1(mkdtempSync, 1, ['prefix'])

function rm(path, options, cb) {
  cb = checkCb(typeof options === 'function' ? options : cb)
  const opts = getOptions(options, { force: false, recursive: false })
  const p = toPath(path)
  // Node 20: lstat first, then the removal.
  io(() => {
    let node
    try {
      node = vfs().stat(p, false)
    } catch (err) {
      if (err.code === 'ENOENT' && opts.force) return cb(null)
      return cb(detach(uvError(err.code, 'lstat', p)))
    }
    if (node.type === 'dir' && !opts.recursive) return cb(rmError(p))
    later(cb, () => {
      vfs().rmTree(p)
    })
  })
}

// Node 20's read, check for check.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = fsUtils.getValidatedFd(fd)
  let offset = offsetOrOptions
  let params = null
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObjectNullable(offsetOrOptions, 'options')
      callback = length
      params = offsetOrOptions
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer
        ;({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject)
      }
      callback = offsetOrOptions
    } else {
      callback = buffer
      buffer = Buffer.alloc(16384)
    }
    if (params !== undefined) validateObjectNullable(params, 'options')
    ;({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject)
  }
  fsUtils.validateBuffer(buffer)
  checkCb(callback)
  if (offset == null) offset = 0
  else fsUtils.validateInteger(offset, 'offset', 0)
  length |= 0
  if (length === 0) return process.nextTick(function tick() { callback(null, 0, buffer) })
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written')
  fsUtils.validateOffsetLengthRead(offset, length, buffer.byteLength)
  if (position == null) position = -1
  fsUtils.validatePosition(position, 'position')
  io(() => {
    let n
    try {
      n = vfs().read(fd, bytesOf(buffer), offset, length, vfsPosition(position))
    } catch (err) {
      return callback(detach(err), 0, buffer)
    }
    callback(null, n, buffer)
  })
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const r = writeRequest(false, fd, buffer, offsetOrOptions, length, position, callback)
  io(() => {
    let n
    try {
      n = vfs().write(r.fd, r.bytes, r.position)
    } catch (err) {
      return r.callback(detach(err), 0, buffer)
    }
    r.callback(null, n, buffer)
  })
}

// util.promisify(fs.read / fs.write) resolves to { bytesRead|bytesWritten, buffer }.
const kCustomPromisifyArgs = Symbol.for('crib.util.promisify.customArgs')
Object.defineProperty(read, kCustomPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false })
Object.defineProperty(write, kCustomPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false })

function fsync(fd, cb) {
  later(cb, () => {
    vfs().fd(fd, 'fsync')
  })
}

// ---------------------------------------------------------------- Dir

/** fs.Dir: entries read one at a time, each read a round trip. */
class Dir {
  constructor(path, entries) {
    this.path = path
    this._entries = entries
    this._closed = false
  }
  _next() {
    if (this._closed) {
      const err = new Error('Directory handle was closed')
      err.code = 'ERR_DIR_CLOSED'
      throw err
    }
    return this._entries.length ? this._entries.shift() : null
  }
  readSync() {
    return this._next()
  }
  read(cb) {
    if (typeof cb === 'function') return later(cb, () => this._next())
    return new Promise((resolve, reject) => later((err, d) => (err ? reject(err) : resolve(d)), () => this._next()))
  }
  closeSync() {
    this._next()
    this._closed = true
  }
  close(cb) {
    if (typeof cb === 'function') return later(cb, () => this.closeSync())
    return new Promise((resolve, reject) => later((err) => (err ? reject(err) : resolve()), () => this.closeSync()))
  }
  async *entries() {
    try {
      for (;;) {
        const d = await this.read()
        if (d === null) break
        yield d
      }
    } finally {
      if (!this._closed) await this.close()
    }
  }
  [Symbol.asyncIterator]() {
    return this.entries()
  }
}

function opendirSync(path) {
  const p = toPath(path)
  const node = vfs().lookup(p, 'opendir', p)
  if (node.type !== 'dir') throw uvError('ENOTDIR', 'opendir', p)
  return new Dir(p, readdirResult(p, { withFileTypes: true }))
}

function opendir(path, options, cb) {
  cb = checkCb(typeof options === 'function' ? options : cb)
  const p = toPath(path)
  later(cb, () => opendirSync(p))
}

function unsupported(name) {
  return function () {
    const err = new Error(`fs.${name}() is not available in the playground (its file system is simulated)`)
    err.code = 'ERR_METHOD_NOT_IMPLEMENTED'
    throw err
  }
}

// ---------------------------------------------------------------- streams

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  ...O,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR: 0o020000, S_IFBLK: 0o060000, S_IFIFO: 0o010000, S_IFLNK, S_IFSOCK: 0o140000,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
}

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chmod, chmodSync, close, closeSync, copyFile, copyFileSync, cp, cpSync,
  exists, existsSync, fstat, fstatSync, fsync, fsyncSync: (fd) => void vfs().fd(fd, 'fsync'), ftruncate, ftruncateSync,
  lstat, lstatSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, read, readSync, readdir, readdirSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync,
  stat, statSync, symlink, symlinkSync, truncate, truncateSync, unlink, unlinkSync, utimes, utimesSync, write, writeSync,
  lutimes, lutimesSync, futimes, futimesSync, _toUnixTimestamp: fsUtils.toUnixTimestamp,
  writeFile, writeFileSync, link, linkSync, opendir, opendirSync, readv, readvSync, writev, writevSync,
  watch: unsupported('watch'), watchFile: unsupported('watchFile'), unwatchFile: unsupported('unwatchFile'),
  Stats, Dirent, Dir, constants,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
}

Object.defineProperty(fs, 'promises', { __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('fs/promises')
  },
})

let streams = null
function getStreams() {
  if (!streams) streams = require('internal/fs/streams')
  return streams
}
fs.createReadStream = (path, options) => new (getStreams().ReadStream)(path, options)
fs.createWriteStream = (path, options) => new (getStreams().WriteStream)(path, options)
Object.defineProperty(fs, 'ReadStream', { __proto__: null, enumerable: true, get: () => getStreams().ReadStream })
Object.defineProperty(fs, 'WriteStream', { __proto__: null, enumerable: true, get: () => getStreams().WriteStream })
