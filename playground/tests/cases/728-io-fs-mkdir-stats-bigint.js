// fs.mkdir takes Node 20's options (a mode number or octal string, or
// { recursive, mode }, recursive a boolean); a relative mkdir -p inside a
// removed working directory is ENOENT; stat/lstat/fstat with
// { bigint: true } give BigIntStats (nanosecond times too); many small
// appends to one descriptor keep every byte; FileHandle.writeFile stops
// between its 512 KiB writes when its signal aborts.
const fs = require('fs')

const show = (label, fn) => {
  try {
    console.log(label, 'ok', fn())
  } catch (e) {
    console.log(label, e.name, e.code, e.message)
  }
}
show('mode string', () => fs.mkdirSync('a', '755'))
show('mode bad string', () => fs.mkdirSync('b', '8'))
show('mode negative', () => fs.mkdirSync('b', { mode: -1 }))
show('recursive string', () => fs.mkdirSync('b', { recursive: 'yes' }))
show('recursive returns first', () => fs.mkdirSync('c/d/e', { recursive: true }))
show('callback recursive bad', () => fs.mkdir('b', { recursive: 1 }, () => {}))
show('no callback', () => fs.mkdir('b'))
console.log(fs.statSync('a').mode.toString(8))

fs.mkdirSync('gone')
process.chdir('gone')
fs.rmdirSync('../gone')
show('mkdir -p in a removed cwd', () => fs.mkdirSync('X', { recursive: true }))
fs.mkdir('X', { recursive: true }, (err) => {
  console.log('callback:', err.code, err.syscall, err.message)
  process.chdir('..')
  fs.writeFileSync('f.txt', 'data')
  const s = fs.statSync('f.txt', { bigint: true })
  console.log(s.constructor.name, Object.keys(s).join(' '))
  console.log(typeof s.size, s.size, typeof s.mtimeMs, s.mtimeNs / 1000000n === s.mtimeMs, s.mtime instanceof Date, s.isFile(), s.isDirectory())
  fs.utimesSync('f.txt', 1.5, 2.25)
  console.log(fs.lstatSync('f.txt', { bigint: true }).mtimeNs, fs.statSync('f.txt').mtimeMs)
  fs.fstat(fs.openSync('f.txt'), { bigint: true }, (err, st) => {
    console.log('fstat', err, typeof st.ino, st.atimeMs)
    fs.promises.stat('f.txt', { bigint: true }).then((st) => {
      console.log('promises.stat', typeof st.blocks)
      const fd = fs.openSync('many.txt', 'w')
      let done = 0
      for (let i = 0; i < 3000; i++) {
        fs.write(fd, Buffer.from('line ' + i + '\n'), 0, ('line ' + i + '\n').length, null, () => {
          if (++done === 3000) {
            fs.closeSync(fd)
            const text = fs.readFileSync('many.txt', 'utf8')
            console.log('appends', text.length, text.split('\n').length)
            abortMidWrite()
          }
        })
      }
    })
  })
})

// FileHandle.writeFile writes 512 KiB at a time and checks its signal
// around each write: an abort on the next tick stops a 2 MiB write.
async function abortMidWrite() {
  const fh = await fs.promises.open('big.txt', 'w+')
  const controller = new AbortController()
  process.nextTick(() => controller.abort())
  try {
    await fh.writeFile(Buffer.alloc(2 * 1024 * 1024, 'a'), { signal: controller.signal })
    console.log('not aborted')
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof Error)
  }
  await fh.close()
  console.log('written before the abort', fs.statSync('big.txt').size)
}
