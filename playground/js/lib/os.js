// The `os` module with fixed, plausible values for a small Linux x64 machine
// (the playground has no real host to describe). Key order as in Node 20.
'use strict';

const { codes } = require('internal/errors');

const signals = Object.freeze(Object.assign(Object.create(null), {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
}));

const errno = Object.freeze(Object.assign(Object.create(null), {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAGAIN: 11, EBADF: 9, EBUSY: 16,
  ECONNREFUSED: 111, ECONNRESET: 104, EEXIST: 17, EINVAL: 22, EIO: 5, EISDIR: 21, EMFILE: 24,
  ENOENT: 2, ENOSPC: 28, ENOTDIR: 20, ENOTEMPTY: 39, EPERM: 1, EPIPE: 32, ETIMEDOUT: 110,
}));

const priority = Object.freeze(Object.assign(Object.create(null), {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
}));

const constants = Object.freeze(Object.assign(Object.create(null), {
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze(Object.assign(Object.create(null), {
    RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
  })),
  errno,
  signals,
  priority,
}));

function uptimeSeconds() {
  // A machine up for a while, plus the run's virtual time.
  const base = 86400 * 3 + 3600 * 5 + 42;
  return Math.round((base + host.now() / 1000) * 100) / 100;
}

function cpus() {
  const cpu = () => ({
    model: 'Intel(R) Xeon(R) CPU @ 2.20GHz',
    speed: 2200,
    times: { user: 252020, nice: 0, sys: 30340, idle: 1070356870, irq: 0 },
  });
  return [cpu(), cpu()];
}

let priorities = new Map();

// Node's validateInt32 (os validates pid and priority with it).
function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

/** The only process there is: pid 0 or process.pid; any other pid is ESRCH, as libuv reports it. */
function priorityKey(pid, syscall) {
  if (pid === 0 || pid === (globalThis.process && process.pid)) return 0;
  const info = { errno: -3, code: 'ESRCH', message: 'no such process', syscall };
  const err = new Error(`A system error occurred: ${syscall} returned ESRCH (no such process)`);
  Object.defineProperty(err, 'name', { __proto__: null, value: 'SystemError', configurable: true, writable: true, enumerable: false });
  err.code = 'ERR_SYSTEM_ERROR';
  err.info = info;
  err.errno = info.errno;
  err.syscall = syscall;
  throw err;
}

const osExports = {
  arch: () => 'x64',
  availableParallelism: () => 2,
  cpus,
  endianness: () => 'LE',
  freemem: () => 1503141888,
  getPriority(pid) {
    if (pid === undefined) pid = 0;
    else validateInt32(pid, 'pid');
    return priorities.get(priorityKey(pid, 'uv_os_getpriority')) || 0;
  },
  homedir: () => '/home/node',
  hostname: () => 'playground',
  loadavg: () => [0.42, 0.31, 0.27],
  networkInterfaces: () => ({
    lo: [{
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    }],
  }),
  platform: () => 'linux',
  release: () => '6.1.0-18-amd64',
  setPriority(pid, prio) {
    if (prio === undefined) {
      prio = pid;
      pid = 0;
    }
    validateInt32(pid, 'pid');
    validateInt32(prio, 'priority', -20, 19);
    priorities.set(priorityKey(pid, 'uv_os_setpriority'), prio);
  },
  tmpdir: () => '/tmp',
  totalmem: () => 4102029312,
  type: () => 'Linux',
  userInfo(options) {
    const info = {
      uid: 1000,
      gid: 1000,
      username: 'node',
      homedir: '/home/node',
      shell: '/bin/bash',
    };
    return Object.assign(Object.create(null), info);
  },
  uptime: uptimeSeconds,
  version: () => '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)',
  machine: () => 'x86_64',
};

// As Node defines them: EOL and devNull are read-only (but configurable), constants fixed.
Object.defineProperties(osExports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});

// As in Node, the value getters also convert to their value (`${os.platform}`).
for (const key of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = osExports[key];
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = osExports;
