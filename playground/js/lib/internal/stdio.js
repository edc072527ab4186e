// process.stdout / process.stderr as real Writable streams, as Node builds
// them when fd 1/2 is a file or a pipe on Linux: writes are synchronous
// (host.write at once, callback on the next tick), so `readable.pipe(
// process.stdout)`, 'finish' and write callbacks behave as in Node.
'use strict'

const { Writable } = require('stream')

function createStdio(fd) {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      host.write(fd, typeof chunk === 'string' ? chunk : chunk.toString())
      cb()
    }
  })
  stream.fd = fd
  stream._type = 'fs'
  stream._isStdio = true
  // Like Node's stdio: never really closed by end()/destroy().
  stream.destroySoon = stream.destroy
  stream._destroy = function (err, cb) {
    cb(err)
  }
  return stream
}

module.exports = { createStdio }
