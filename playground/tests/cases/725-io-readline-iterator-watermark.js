// readline's async iterator is events.on(rl, 'line', { highWaterMark: 1024 })
// with each line as the value (empty lines too): past the high-water mark it
// pauses the input and resumes it once the queue drains; events.on itself
// yields argument arrays and validates its water marks.
const readline = require('readline')
const { Readable } = require('stream')
const { on, EventEmitter } = require('events')

async function main() {
  const input = new Readable({ read() {} })
  input.push('a\n\nb\n' + 'x\n'.repeat(1100))
  const rl = readline.createInterface({ input, crlfDelay: Infinity })
  const it = rl[Symbol.asyncIterator]()
  const marks = it[Symbol.for('nodejs.watermarkData')]
  console.log('marks', marks.high, marks.low, marks.size, marks.isPaused)
  let n = 0
  const seen = []
  for await (const line of it) {
    if (n < 3) seen.push(line)
    if (n === 0) console.log('after first: size', marks.size, 'paused', input.isPaused(), marks.isPaused)
    n++
    if (n === 1000) console.log('at 1000: size', marks.size, 'paused', input.isPaused())
    if (n === 1103) input.push(null)
  }
  console.log('lines', n, JSON.stringify(seen))

  const ee = new EventEmitter()
  const events = on(ee, 'tick')
  ee.emit('tick', 1, 2)
  ee.emit('tick', 3)
  console.log((await events.next()).value, (await events.next()).value)
  for (const opt of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }]) {
    try {
      on(ee, 'tick', opt)
    } catch (e) {
      console.log(e.code, e.message)
    }
  }
}
main()
