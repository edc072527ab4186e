// fs.ReadStream/WriteStream are Node 20's own: a stream whose open() is
// patched opens through it (the original is a no-op that warns DEP0135),
// options.fd must be a number or a FileHandle, options.fs must supply the
// functions used, a WriteStream writes several chunks with fs.writev, and
// a stream over a FileHandle keeps it open until the stream is done.
const fs = require('fs')

process.removeAllListeners('warning')
process.on('warning', (w) => console.log('warning:', w.name, w.code))

fs.writeFileSync('in.txt', 'abcdefghij')
for (const [label, fn] of [
  ['fd string', () => fs.createReadStream(null, { fd: 'k' })],
  ['path number', () => fs.createReadStream(46)],
  ['fs.open not a function', () => fs.createReadStream('in.txt', { fs: { open: 1 } })],
  ['fs.write missing', () => fs.createWriteStream('out.txt', { fs: { open() {}, close() {} } })],
]) {
  try {
    fn()
    console.log(label, 'ok')
  } catch (e) {
    console.log(label, e.code, e.message)
  }
}

const rs = fs.createReadStream('in.txt', { start: 2, end: 5 })
const originalOpen = rs.open
rs.open = function () {
  console.log('patched open called')
  originalOpen.call(this) // the original is a deprecated no-op
  fs.open(this.path, 'r', (err, fd) => {
    this.fd = fd
    this.emit('open', fd)
  })
}
rs.on('open', (fd) => console.log('open event', typeof fd))
rs.on('data', (d) => console.log('data', d.toString()))
rs.on('close', () => {
  console.log('read stream closed')
  writev()
})

function writev() {
  let writevCalls = 0
  const ws = fs.createWriteStream('out.txt', {
    fs: {
      open: fs.open,
      write: fs.write,
      close: fs.close,
      writev(...args) {
        writevCalls++
        return fs.writev(...args)
      },
    },
  })
  ws.cork()
  ws.write('one ')
  ws.write('two ')
  ws.end('three')
  ws.on('finish', () => {
    console.log('writev calls', writevCalls)
  })
  ws.on('close', () => {
    console.log('out.txt', fs.readFileSync('out.txt', 'utf8'))
    handles()
  })
}

async function handles() {
  const fh = await fs.promises.open('in.txt')
  const stream = fh.createReadStream({ encoding: 'utf8', highWaterMark: 4 })
  fh.on('close', () => console.log('handle close event'))
  const chunks = []
  stream.on('data', (c) => chunks.push(c))
  stream.on('close', async () => {
    console.log('chunks', chunks, 'fd after', fh.fd)
    const wh = await fs.promises.open('w.txt', 'w')
    const ws = wh.createWriteStream()
    ws.write('via ')
    ws.end('handle', () => {})
    ws.on('close', () => console.log('w.txt', fs.readFileSync('w.txt', 'utf8'), wh.fd))
  })
}
