// process.stdin over the scripted stdin text: what Node builds when fd 0 is a
// file (`node app.js < input.txt`), an fs.ReadStream on fd 0 that is never
// closed. Each read is one poll-phase round trip, so lines reach readline as
// I/O. With no scripted stdin it reads as empty (like /dev/null).
'use strict'

const { Buffer } = require('buffer')

function createStdin() {
  const { ReadStream } = require('internal/fs/streams')
  const text = host.stdin()
  const bytes = Buffer.from(text == null ? '' : String(text), 'utf8')
  let pos = 0
  const stdinFs = {
    open() {
      throw new Error('stdin is already open')
    },
    read(fd, buf, offset, length, position, cb) {
      host.io(() => {
        const start = typeof position === 'number' && position >= 0 ? position : pos
        const n = Math.max(0, Math.min(length, bytes.length - start))
        bytes.copy(buf, offset, start, start + n)
        if (!(typeof position === 'number' && position >= 0)) pos += n
        cb(null, n, buf)
      }, 0)
    },
    close(fd, cb) {
      host.io(() => cb(null), 0)
    }
  }
  const stdin = new ReadStream(null, { fd: 0, autoClose: false, fs: stdinFs })
  stdin.fd = 0
  return stdin
}

// Loading this module (lazily, on first access to process.stdin) creates the
// stream; `createStdin` is kept for hosts and tests that want a fresh one.
module.exports = createStdin()
Object.defineProperty(module.exports, 'createStdin', { __proto__: null, value: createStdin, enumerable: false, configurable: true, writable: true })
