// The `tty` module. Nothing in the playground is a terminal (output is
// captured, as when Node's stdout is a pipe): `isatty` is false for every
// fd, and the stream classes fail to open one as Node does on a non-TTY fd
// (a SystemError ERR_TTY_INIT_FAILED from uv_tty_init, EINVAL).
'use strict';

const { validateInteger } = require('internal/validators');

class SystemError extends Error {
  constructor(info) {
    super(`TTY initialization failed: ${info.syscall} returned ${info.code} (${info.message})`);
    Object.defineProperty(this, 'name', { __proto__: null, value: 'SystemError', writable: true, configurable: true, enumerable: false });
    this.code = 'ERR_TTY_INIT_FAILED';
    this.info = info;
    for (const key of ['errno', 'syscall']) {
      Object.defineProperty(this, key, { __proto__: null,
        get() { return info[key]; }, set(v) { info[key] = v; }, enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function ttyInitFailed() {
  return new SystemError({ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && false;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  validateInteger(fd, 'fd', 0, 2147483647);
  throw ttyInitFailed();
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  validateInteger(fd, 'fd', 0, 2147483647);
  throw ttyInitFailed();
}

module.exports = { isatty, ReadStream, WriteStream };
