// The playground's in-memory POSIX-like file system: files as bytes,
// directories, symlinks, modes and times, seeded from `host.files()` relative
// to `host.cwd`. Every operation here is synchronous and throws errors shaped
// exactly like Node's (`ENOENT: no such file or directory, open 'x'` with
// errno, code, syscall, path, dest); `fs.js` decides when callbacks run.
'use strict'

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000

const ERRORS = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  EMFILE: [-24, 'too many open files'],
  ENOTEMPTY: [-39, 'directory not empty'],
  ELOOP: [-40, 'too many symbolic links encountered'],
}

/** An error exactly like the ones Node's fs bindings throw (uvException). */
function uvError(code, syscall, path, dest) {
  const [errno, desc] = ERRORS[code]
  let message = `${code}: ${desc}, ${syscall}`
  if (path !== undefined) message += ` '${path}'`
  if (dest !== undefined) message += ` -> '${dest}'`
  const err = new Error(message)
  err.errno = errno
  err.code = code
  err.syscall = syscall
  if (path !== undefined) err.path = path
  if (dest !== undefined) err.dest = dest
  return err
}

const { Buffer } = require('buffer')
const utf8 = (text) => new Uint8Array(Buffer.from(text, 'utf8'))
let nextIno = 1000

function clock() {
  return Date.now()
}

function makeNode(type, mode) {
  const t = clock()
  const node = {
    type,
    mode: (type === 'dir' ? S_IFDIR : type === 'link' ? S_IFLNK : S_IFREG) | mode,
    ino: nextIno++,
    nlink: type === 'dir' ? 2 : 1,
    atimeMs: t,
    mtimeMs: t,
    ctimeMs: t,
    birthtimeMs: t,
  }
  if (type === 'dir') node.entries = new Map()
  else if (type === 'file') node.data = new Uint8Array(0)
  return node
}

function touch(node) {
  const t = clock()
  node.mtimeMs = t
  node.ctimeMs = t
}

/** Normalises a POSIX path (no trailing slash except the root). */
function normalize(p) {
  const abs = p.startsWith('/')
  const out = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop()
      else if (!abs) out.push('..')
    } else out.push(part)
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.')
}

class VFS {
  constructor(cwd, files) {
    this.root = makeNode('dir', 0o755)
    this.cwd = normalize(cwd || '/')
    this.fds = new Map()
    this.nextFd = 18 // what a fresh Node 20 process hands out first
    this.mkdirp(this.cwd, 0o755)
    // `files`: [path, bytes] pairs; the host hands the bytes over as
    // Uint8Arrays it made natively (no UTF-8 encoding in JavaScript).
    for (const [path, bytes] of files || []) {
      const abs = this.resolve(path)
      this.mkdirp(abs.slice(0, abs.lastIndexOf('/')) || '/', 0o755)
      const node = makeNode('file', 0o644)
      node.data = bytes
      this.lookupParent(abs, 'open', path).dir.entries.set(basename(abs), node)
    }
  }

  resolve(p) {
    p = String(p)
    return normalize(p.startsWith('/') ? p : this.cwd + '/' + p)
  }

  /** Walks to a node; `follow` decides whether a final symlink is followed. */
  lookup(p, syscall, shown, follow = true, depth = 0) {
    const abs = this.resolve(p)
    let node = this.root
    const parts = abs.split('/').filter(Boolean)
    let walked = ''
    for (let i = 0; i < parts.length; i++) {
      if (node.type === 'link') {
        if (depth > 40) throw uvError('ELOOP', syscall, shown)
        node = this.lookup(node.target.startsWith('/') ? node.target : walked.slice(0, walked.lastIndexOf('/')) + '/' + node.target, syscall, shown, true, depth + 1)
      }
      if (node.type !== 'dir') throw uvError('ENOTDIR', syscall, shown)
      const next = node.entries.get(parts[i])
      if (!next) throw uvError('ENOENT', syscall, shown)
      walked += '/' + parts[i]
      node = next
    }
    if (follow && node.type === 'link') {
      if (depth > 40) throw uvError('ELOOP', syscall, shown)
      const base = walked.slice(0, walked.lastIndexOf('/')) || '/'
      return this.lookup(node.target.startsWith('/') ? node.target : base + '/' + node.target, syscall, shown, true, depth + 1)
    }
    return node
  }

  tryLookup(p, follow = true) {
    try {
      return this.lookup(p, 'stat', p, follow)
    } catch {
      return null
    }
  }

  /** The node at `p` (symlinks followed), or null; never throws (module resolution probes many paths). */
  peek(p) {
    const abs = this.resolve(p)
    let node = this.root
    for (const part of abs.split('/')) {
      if (!part) continue
      if (node.type !== 'dir') return node.type === 'link' ? this.tryLookup(abs) : null
      node = node.entries.get(part)
      if (!node) return null
    }
    return node.type === 'link' ? this.tryLookup(abs) : node
  }

  /** The directory that holds `p` and the entry's name. */
  lookupParent(p, syscall, shown, dest) {
    const abs = this.resolve(p)
    if (abs === '/') throw uvError('EPERM', syscall, shown, dest)
    const dirPath = abs.slice(0, abs.lastIndexOf('/')) || '/'
    let dir
    try {
      dir = this.lookup(dirPath, syscall, shown)
    } catch (err) {
      throw uvError(err.code, syscall, shown, dest)
    }
    if (dir.type !== 'dir') throw uvError('ENOTDIR', syscall, shown, dest)
    return { dir, name: basename(abs) }
  }

  mkdirp(abs, mode) {
    let node = this.root
    for (const part of abs.split('/').filter(Boolean)) {
      let next = node.entries.get(part)
      if (!next) {
        next = makeNode('dir', mode)
        node.entries.set(part, next)
        node.nlink++
      }
      node = next
    }
    return node
  }

  // ---- operations (synchronous; names and errors follow the syscalls) ----

  stat(p, follow = true) {
    return this.lookup(p, follow ? 'stat' : 'lstat', p, follow)
  }

  access(p, mode = 0) {
    const node = this.lookup(p, 'access', p)
    if ((mode & 2) && !(node.mode & 0o222)) throw uvError('EACCES', 'access', p)
    if ((mode & 1) && !(node.mode & 0o111)) throw uvError('EACCES', 'access', p)
    return node
  }

  /** Opens `p` with a flags string ('r', 'w', 'a', 'r+', 'wx', ...). */
  open(p, flags = 'r', mode = 0o666) {
    const f = parseFlags(flags)
    let node = this.tryLookup(p)
    if (node && f.excl) throw uvError('EEXIST', 'open', p)
    if (!node) {
      if (!f.create) {
        this.lookup(p, 'open', p) // throws the precise error
      }
      const { dir, name } = this.lookupParent(p, 'open', p)
      node = makeNode('file', mode & ~0o022)
      dir.entries.set(name, node)
      touch(dir)
    } else if (node.type === 'dir' && f.write) {
      throw uvError('EISDIR', 'open', p)
    }
    if (f.truncate && node.type === 'file' && node.data.length) {
      node.data = new Uint8Array(0)
      touch(node)
    }
    const fd = this.nextFd++
    this.fds.set(fd, { node, path: p, read: f.read, write: f.write, append: f.append, pos: 0 })
    return fd
  }

  fd(fd, syscall) {
    const entry = this.fds.get(fd)
    if (!entry) throw uvError('EBADF', syscall)
    return entry
  }

  close(fd) {
    this.fd(fd, 'close')
    this.fds.delete(fd)
  }

  /** Reads into each of `buffers` in turn (scatter I/O, `readv`), from
   * `position` (null: the fd's offset); stops at the end of the file. */
  readv(fd, buffers, position) {
    let total = 0
    for (const b of buffers) {
      const view = new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
      const n = this.read(fd, view, 0, view.length, position === null ? null : position + total)
      total += n
      if (n < view.length) break
    }
    return total
  }

  /** Reads into `buffer`; returns bytes read. position null = current position. */
  read(fd, buffer, offset, length, position) {
    const entry = this.fd(fd, 'read')
    if (entry.node.type === 'dir') throw uvError('EISDIR', 'read')
    if (!entry.read) throw uvError('EBADF', 'read')
    const usePos = typeof position === 'number' && position >= 0
    const start = usePos ? position : entry.pos
    const data = entry.node.data
    const n = Math.max(0, Math.min(length, data.length - start))
    buffer.set(data.subarray(start, start + n), offset)
    if (!usePos) entry.pos += n
    entry.node.atimeMs = clock()
    return n
  }

  write(fd, bytes, position) {
    const entry = this.fd(fd, 'write')
    if (!entry.write) throw uvError('EBADF', 'write')
    const node = entry.node
    const usePos = typeof position === 'number' && position >= 0 && !entry.append
    let start = entry.append ? node.data.length : usePos ? position : entry.pos
    const end = start + bytes.length
    if (end > node.data.length) {
      // node.data is a view of a buffer with room to spare: a file written
      // a little at a time (many appends) grows in amortised constant time.
      const room = node.data.byteOffset === 0 ? node.data.buffer.byteLength : 0
      if (end <= room) {
        node.data = new Uint8Array(node.data.buffer, 0, end)
      } else {
        const spare = Math.min(node.data.length * 2, node.data.length + (1 << 24), host.allocationBytes || Infinity)
        const grown = new Uint8Array(new ArrayBuffer(Math.max(end, spare)), 0, end)
        grown.set(node.data)
        node.data = grown
      }
    }
    node.data.set(bytes, start)
    if (!usePos) entry.pos = end
    touch(node)
    return bytes.length
  }

  readFile(p) {
    const node = this.lookup(p, 'open', p)
    if (node.type === 'dir') throw uvError('EISDIR', 'read')
    node.atimeMs = clock()
    return node.data.slice()
  }

  writeFile(p, bytes, flag = 'w', mode = 0o666) {
    const fd = this.open(p, flag, mode)
    try {
      this.write(fd, bytes, null)
    } finally {
      this.close(fd)
    }
  }

  truncate(node, len = 0) {
    const data = new Uint8Array(len)
    data.set(node.data.subarray(0, len))
    node.data = data
    touch(node)
  }

  readdir(p) {
    const node = this.lookup(p, 'scandir', p)
    if (node.type !== 'dir') throw uvError('ENOTDIR', 'scandir', p)
    return [...node.entries.entries()].sort((a, b) => compareBytes(a[0], b[0]))
  }

  mkdir(p, recursive = false, mode = 0o777) {
    const abs = this.resolve(p)
    if (recursive) {
      // Returns the first directory created, like Node (undefined if none),
      // spelled the way the caller spelled the path.
      let node = this.root
      let first
      let walked = ''
      const parts = abs.split('/').filter(Boolean)
      const given = String(p).startsWith('/') ? null : normalize(String(p)).split('/')
      const cwdDepth = parts.length - (given ? given.length : 0)
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]
        walked += '/' + part
        let next = node.entries.get(part)
        if (next && next.type === 'link') next = this.tryLookup(walked)
        // A relative path starts in the cwd: if that was removed, as on Linux, ENOENT.
        if (!next && given && i < cwdDepth) throw uvError('ENOENT', 'mkdir', p)
        if (!next) {
          next = makeNode('dir', mode & ~0o022)
          node.entries.set(part, next)
          node.nlink++
          touch(node)
          if (first === undefined) first = given && i >= cwdDepth ? given.slice(0, i - cwdDepth + 1).join('/') : walked
        } else if (next.type !== 'dir') {
          throw uvError(first === undefined && walked === abs ? 'EEXIST' : 'ENOTDIR', 'mkdir', p)
        }
        node = next
      }
      return first
    }
    const { dir, name } = this.lookupParent(p, 'mkdir', p)
    if (dir.entries.has(name)) throw uvError('EEXIST', 'mkdir', p)
    dir.entries.set(name, makeNode('dir', mode & ~0o022))
    dir.nlink++
    touch(dir)
    return undefined
  }

  rmdir(p) {
    const { dir, name } = this.lookupParent(p, 'rmdir', p)
    const node = dir.entries.get(name)
    if (!node) throw uvError('ENOENT', 'rmdir', p)
    if (node.type !== 'dir') throw uvError('ENOTDIR', 'rmdir', p)
    if (node.entries.size) throw uvError('ENOTEMPTY', 'rmdir', p)
    dir.entries.delete(name)
    dir.nlink--
    touch(dir)
  }

  unlink(p) {
    const { dir, name } = this.lookupParent(p, 'unlink', p)
    const node = dir.entries.get(name)
    if (!node) throw uvError('ENOENT', 'unlink', p)
    if (node.type === 'dir') throw uvError('EISDIR', 'unlink', p)
    dir.entries.delete(name)
    node.nlink--
    touch(dir)
  }

  /** Removes a file or a whole tree (fs.rm with recursive). */
  rmTree(p) {
    const { dir, name } = this.lookupParent(p, 'rm', p)
    dir.entries.delete(name)
    touch(dir)
  }

  rename(from, to) {
    const src = this.lookupParent(from, 'rename', from, to)
    const node = src.dir.entries.get(src.name)
    if (!node) throw uvError('ENOENT', 'rename', from, to)
    const dst = this.lookupParent(to, 'rename', from, to)
    const existing = dst.dir.entries.get(dst.name)
    if (existing === node) return
    if (existing) {
      if (existing.type === 'dir' && node.type !== 'dir') throw uvError('EISDIR', 'rename', from, to)
      if (existing.type !== 'dir' && node.type === 'dir') throw uvError('ENOTDIR', 'rename', from, to)
      if (existing.type === 'dir' && existing.entries.size) throw uvError('ENOTEMPTY', 'rename', from, to)
    }
    if (node.type === 'dir' && (this.resolve(to) + '/').startsWith(this.resolve(from) + '/')) {
      throw uvError('EINVAL', 'rename', from, to)
    }
    src.dir.entries.delete(src.name)
    dst.dir.entries.set(dst.name, node)
    node.ctimeMs = clock()
    touch(src.dir)
    touch(dst.dir)
  }

  copyFile(from, to, mode = 0) {
    let node
    try {
      node = this.lookup(from, 'copyfile', from)
    } catch (err) {
      throw uvError(err.code, 'copyfile', from, to)
    }
    if (node.type === 'dir') throw uvError('EISDIR', 'copyfile', from, to)
    const existing = this.tryLookup(to)
    if (existing && (mode & 1)) throw uvError('EEXIST', 'copyfile', from, to)
    if (existing && existing.type === 'dir') throw uvError('EISDIR', 'copyfile', from, to)
    let target = existing
    if (!target) {
      const { dir, name } = this.lookupParent(to, 'copyfile', from, to)
      target = makeNode('file', node.mode & 0o777)
      dir.entries.set(name, target)
      touch(dir)
    }
    target.data = node.data.slice()
    touch(target)
  }

  symlink(target, p) {
    const { dir, name } = this.lookupParent(p, 'symlink', target, p)
    if (dir.entries.has(name)) throw uvError('EEXIST', 'symlink', target, p)
    const node = makeNode('link', 0o777)
    node.target = String(target)
    node.data = utf8(node.target)
    dir.entries.set(name, node)
  }

  link(existing, p) {
    let node
    try {
      node = this.lookup(existing, 'link', existing, false)
    } catch (err) {
      throw uvError(err.code, 'link', existing, p)
    }
    if (node.type === 'dir') throw uvError('EPERM', 'link', existing, p)
    const { dir, name } = this.lookupParent(p, 'link', existing, p)
    if (dir.entries.has(name)) throw uvError('EEXIST', 'link', existing, p)
    dir.entries.set(name, node)
    node.nlink++
    node.ctimeMs = clock()
  }

  readlink(p) {
    const node = this.lookup(p, 'readlink', p, false)
    if (node.type !== 'link') throw uvError('EINVAL', 'readlink', p)
    return node.target
  }

  realpath(p) {
    const abs = this.resolve(p)
    this.lookup(p, 'realpath', p)
    let out = ''
    for (const part of abs.split('/').filter(Boolean)) {
      const cur = out + '/' + part
      const node = this.lookup(cur, 'realpath', p, false)
      out = node.type === 'link' ? this.realpath(node.target.startsWith('/') ? node.target : (out || '/') + '/' + node.target) : cur
    }
    return out || '/'
  }
}

function basename(abs) {
  return abs.slice(abs.lastIndexOf('/') + 1)
}

function compareBytes(a, b) {
  const x = utf8(a)
  const y = utf8(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}

const O = { O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048 }

function parseFlags(flags) {
  if (typeof flags === 'number') {
    const acc = flags & 3
    return {
      read: acc === 0 || acc === 2,
      write: acc === 1 || acc === 2,
      create: !!(flags & O.O_CREAT),
      excl: !!(flags & O.O_EXCL),
      truncate: !!(flags & O.O_TRUNC),
      append: !!(flags & O.O_APPEND),
    }
  }
  const table = {
    r: 'r', rs: 'r', sr: 'r', 'r+': 'r+', 'rs+': 'r+', 'sr+': 'r+',
    w: 'w', wx: 'wx', xw: 'wx', 'w+': 'w+', 'wx+': 'wx+', 'xw+': 'wx+',
    a: 'a', ax: 'ax', xa: 'ax', as: 'a', sa: 'a', 'a+': 'a+', 'ax+': 'ax+', 'xa+': 'ax+', 'as+': 'a+', 'sa+': 'a+',
  }
  const f = table[flags]
  if (!f) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes
    throw new ERR_INVALID_ARG_VALUE('flags', flags)
  }
  const plus = f.endsWith('+')
  return {
    read: f[0] === 'r' || plus,
    write: f[0] !== 'r' || plus,
    create: f[0] !== 'r',
    excl: f.includes('x'),
    truncate: f[0] === 'w',
    append: f[0] === 'a',
  }
}

let instance = null

/** The process-wide file system, created from the host's seed on first use. */
function get() {
  if (!instance) instance = new VFS(host.cwd, host.files() || [])
  return instance
}

module.exports = { get, uvError, normalize, compareBytes, parseFlags, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, O }
