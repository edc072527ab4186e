// fs.writeFile/appendFile as Node 20 writes them: data checked before the
// file is opened, an AbortSignal aborted before or while writing ends it with
// an AbortError, a descriptor opened read-only fails with EBADF; utimes,
// futimes and lutimes take Dates, seconds and numeric strings and reject
// anything else; mkdtemp warns once about a template ending in X.
const fs = require('fs')

process.removeAllListeners('warning')
process.on('warning', (w) => console.log('warning:', w.name, w.message))

for (const data of [5, null, {}]) {
  try {
    fs.appendFile('bad.txt', data, () => {})
  } catch (e) {
    console.log('appendFile', e.code, e.message)
  }
}
console.log('bad.txt exists:', fs.existsSync('bad.txt'))

const before = new AbortController()
fs.writeFile('a.txt', 'data', { signal: before.signal }, (err) => console.log('aborted before:', err.name, err.code))
before.abort()
const later = new AbortController()
fs.writeFile('b.txt', 'data', { signal: later.signal }, (err) => {
  console.log('aborted later:', err.name, 'b.txt exists:', fs.existsSync('b.txt'))
})
process.nextTick(() => later.abort())

fs.writeFileSync('ro.txt', '')
fs.writeFile('ro.txt', 'x', { flag: 'r' }, (err) => console.log('read-only flag:', err.code, err.syscall))

fs.open('c.txt', 'w', (err, fd) => {
  fs.write(fd, 'Hello', (err, n) => {
    fs.writeFile(fd, 'World', (err) => {
      fs.appendFile(fd, '!', (err) => {
        fs.closeSync(fd)
        console.log('through fd:', fs.readFileSync('c.txt', 'utf8'))
        times()
      })
    })
  })
})

function times() {
  fs.writeFileSync('t.txt', 'x')
  fs.utimesSync('t.txt', 1000, new Date(2000000))
  let st = fs.statSync('t.txt')
  console.log('utimesSync', st.atimeMs, st.mtimeMs)
  fs.utimesSync('t.txt', '1500', 2500.5)
  st = fs.statSync('t.txt')
  console.log('utimesSync strings', st.atimeMs, st.mtimeMs)
  for (const bad of [NaN, Infinity, {}, 'soon']) {
    try {
      fs.utimesSync('t.txt', bad, 0)
    } catch (e) {
      console.log('bad time', e.code, e.message)
    }
  }
  try {
    fs.futimes(-1, 0, 0, () => {})
  } catch (e) {
    console.log('futimes -1', e.code, e.message)
  }
  console.log('_toUnixTimestamp', fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'), fs._toUnixTimestamp(3))
  fs.symlinkSync('missing-target', 'link')
  fs.lutimes('link', 10, 20, (err) => {
    console.log('lutimes on a dangling link', err, fs.lstatSync('link').mtimeMs)
    const fd = fs.openSync('t.txt', 'r')
    fs.futimes(fd, 30, 40, (err) => {
      console.log('futimes', err, fs.fstatSync(fd).mtimeMs)
      fs.closeSync(fd)
      const dir = fs.mkdtempSync('tmpX')
      console.log('mkdtemp', dir.length, fs.statSync(dir).isDirectory())
      fs.mkdtempSync('tmp2X')
    })
  })
}
