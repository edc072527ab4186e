// fs.write / writeSync / read / readSync take Node 20's argument forms and
// reject bad ones with Node's codes and messages: options objects, a string
// with position and encoding, negative offsets, NaN, non-buffers, a bad fd,
// and util.promisify(fs.read/write) resolving to { bytes..., buffer }.
const fs = require('fs')
const util = require('util')

const show = (label, fn) => {
  try {
    console.log(label, 'ok', fn())
  } catch (e) {
    console.log(label, e.name, e.code, e.message)
  }
}

const fd = fs.openSync('data.txt', 'w+')
show('writeSync string', () => fs.writeSync(fd, 'hello world'))
show('writeSync string at position', () => fs.writeSync(fd, 'HE', 0))
show('writeSync hex odd', () => fs.writeSync(fd, 'abc', 0, 'hex'))
show('writeSync options', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 2, position: 6 }))
show('writeSync length too big', () => fs.writeSync(fd, Buffer.from('xyz'), { length: 5 }))
show('writeSync offset too big', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: 5 }))
show('writeSync negative length', () => fs.writeSync(fd, Buffer.from('xyz'), 0, -1))
show('writeSync offset false', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: false }))
show('writeSync number', () => fs.writeSync(fd, 42))
show('writeSync null fd', () => fs.writeSync(null, 'x'))
show('writeSync fd -1', () => fs.writeSync(-1, 'x'))
show('readSync NaN offset', () => fs.readSync(fd, Buffer.alloc(4), NaN, 2, 0))
show('readSync empty length', () => fs.readSync(fd, Buffer.alloc(4), 0, 0, 0))
show('readSync empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0))
show('readSync bad position', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, 'x'))
show('readSync position -2', () => fs.readSync(fd, Buffer.alloc(4), 0, 2, -2))
const buf = Buffer.alloc(11)
show('readSync options', () => fs.readSync(fd, buf, { position: 0 }))
console.log(JSON.stringify(buf.toString()))
show('write NaN offset', () => fs.write(fd, Buffer.from('abcd'), NaN, 4, 0, () => {}))
show('write no callback', () => fs.write(fd, Buffer.from('abcd')))
show('read bad options', () => fs.read(fd, Buffer.alloc(2), 'x', () => {}))

fs.write(fd, Buffer.from('!!'), 0, 2, 11, (err, written, b) => {
  console.log('write cb', err, written, b.toString())
  fs.read(fd, (err, n, b) => {
    console.log('read(fd, cb)', err, n, b.length)
    util.promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0).then((r) => {
      console.log('promisified read', Object.keys(r), r.bytesRead, r.buffer.toString())
      return util.promisify(fs.write)(fd, 'END', 13)
    }).then((r) => {
      console.log('promisified write', Object.keys(r), r.bytesWritten, r.buffer)
      fs.closeSync(fd)
      console.log(JSON.stringify(fs.readFileSync('data.txt', 'utf8')))
    })
  })
})
