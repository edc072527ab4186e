// process methods that validate their arguments as Node 20 does
// (lib/internal/process/per_thread.js and node.js): hrtime, cpuUsage, kill
// (with `_kill`), umask, chdir, the deprecated `process.assert` and the
// credential setters (setuid, setgroups, ...).
// `bootstrap.js` loads this module on the first call of one of them.
'use strict'

const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_ASSERTION }, uvException } = require('internal/errors')
const { validateString, validateUint32, validateObject } = require('internal/validators')

function checkHrtime(time) {
  if (time === undefined) return
  if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time)
  if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length)
}

function checkCpuUsage(prevValue) {
  if (prevValue === undefined) return
  validateObject(prevValue, 'prevValue')
  for (const key of ['user', 'system']) {
    const v = prevValue[key]
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', v)
    if (v < 0 || !Number.isFinite(v)) throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v)
  }
}

// Node's parseFileMode.
function parseFileMode(value, name) {
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string')
    }
    value = Number.parseInt(value, 8)
  }
  validateUint32(value, name)
  return value
}

let currentMask = 0o22
function umask(mask) {
  const old = currentMask
  if (mask !== undefined) currentMask = parseFileMode(mask, 'mask') & 0o777
  return old
}

const signals = () => require('os').constants.signals

function kill(process, pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid)
  let err
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig)
  } else {
    sig = sig || 'SIGTERM'
    const n = signals()[sig]
    if (!n) throw new ERR_UNKNOWN_SIGNAL(sig)
    err = process._kill(pid, n)
  }
  if (err) {
    const code = err === -22 ? 'EINVAL' : err === -3 ? 'ESRCH' : 'EPERM'
    const e = new Error(`kill ${code}`)
    e.errno = err
    e.code = code
    e.syscall = 'kill'
    throw e
  }
  return true
}

// The native half: 0, or a negative errno. There is one process: signals to
// it (pid 0, -1 or its own) run its listeners, or end it as the default
// action does (exit code 128 + signal).
function _kill(process, host, pid, sig) {
  pid = Number(pid)
  sig = Number(sig)
  if (!Number.isInteger(sig) || sig < 0 || sig > 64) return -22
  if (pid !== 0 && pid !== -1 && pid !== process.pid) return -3
  if (sig === 0) return 0
  const name = Object.keys(signals()).find((k) => signals()[k] === sig)
  host.pending(() => {
    if (name && process.listenerCount(name) > 0) process.emit(name, name, sig)
    else if (name !== 'SIGCHLD' && name !== 'SIGURG' && name !== 'SIGWINCH' && name !== 'SIGCONT') host.exit(128 + sig)
  })
  return 0
}

function chdir(getCwd, directory) {
  validateString(directory, 'directory')
  const path = require('path')
  const target = path.resolve(getCwd(), directory)
  let stat
  try {
    stat = require('fs').statSync(target)
  } catch (e) {
    throw uvException({ code: e.code || 'ENOENT', syscall: 'chdir', path: getCwd(), dest: directory })
  }
  if (!stat.isDirectory()) throw uvException({ code: 'ENOTDIR', syscall: 'chdir', path: getCwd(), dest: directory })
  // fs resolves relative paths from here on.
  require('internal/vfs').get().cwd = target
  return target
}

let assertWarned = false
function processAssert(value, message) {
  if (!assertWarned) {
    assertWarned = true
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.', 'DeprecationWarning', 'DEP0100')
  }
  if (!value) throw new ERR_ASSERTION(message || 'assertion error')
}

// POSIX credentials (Node's wrapPosixCredentialSetters over
// node_credentials.cc). The process runs as the unprivileged user crib
// (uid and gid 1000): setting its own ids succeeds, any other is EPERM.
const USERS = { root: 0, crib: 1000, nobody: 65534 }
const GROUPS = { root: 0, crib: 1000, nogroup: 65534 }
const OWN_ID = 1000

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name)
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id)
}

function errnoException(code, syscall) {
  const e = new Error(`${code}, Operation not permitted`)
  e.errno = 1
  e.code = code
  e.syscall = syscall
  return e
}

function resolveId(id, table) {
  if (typeof id === 'number') return id
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined
}

function idSetter(type, syscall) {
  const table = type === 'User' ? USERS : GROUPS
  return function (id) {
    validateId(id, 'id')
    if (typeof id === 'number') id >>>= 0
    const n = resolveId(id, table)
    if (n === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_CREDENTIAL)(type, id)
    if (n !== OWN_ID) throw errnoException('EPERM', syscall)
  }
}

function setgroups(groups) {
  if (!Array.isArray(groups)) throw new ERR_INVALID_ARG_TYPE('groups', 'Array', groups)
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`)
  for (const g of groups) {
    if (resolveId(g, GROUPS) === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_CREDENTIAL)('Group', g)
  }
  throw errnoException('EPERM', 'setgroups')
}

function initgroups(user, extraGroup) {
  validateId(user, 'user')
  validateId(extraGroup, 'extraGroup')
  if (resolveId(extraGroup, GROUPS) === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_CREDENTIAL)('Group', extraGroup)
  if (resolveId(user, USERS) === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_CREDENTIAL)('User', user)
  throw errnoException('EPERM', 'initgroups')
}

const credentials = {
  initgroups,
  setgroups,
  setegid: idSetter('Group', 'setegid'),
  seteuid: idSetter('User', 'seteuid'),
  setgid: idSetter('Group', 'setgid'),
  setuid: idSetter('User', 'setuid'),
}

module.exports = { credentials, checkHrtime, checkCpuUsage, umask, kill, _kill, chdir, processAssert }
