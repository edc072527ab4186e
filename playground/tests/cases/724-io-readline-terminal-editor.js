// readline's terminal mode is Node 20's own Interface: keypresses edit the
// line (backspace, arrows, Ctrl+A/E/U/K/W, undo), the output shows the
// refreshed line, history recalls earlier lines, a UTF-8 character split
// across chunks (even across two interfaces on one input) arrives whole,
// and escapeCodeTimeout is validated.
const readline = require('readline')
const { PassThrough } = require('stream')

const input = new PassThrough()
const output = new PassThrough()
let shown = ''
output.on('data', (d) => { shown += d })
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' })
rl.on('line', (line) => console.log('line:', JSON.stringify(line), 'cursor', rl.cursor))
rl.on('history', (h) => console.log('history:', JSON.stringify(h)))
rl.prompt()
input.write('helo')
input.write('\x1b[D')       // left
input.write('l')
input.write('\x1b[F')       // end
input.write(' wordd\x7f\r')  // backspace, return
input.write('abc\x01X\x05Y\r') // Ctrl+A, Ctrl+E
input.write('one two three\x17\x17\r') // Ctrl+W twice
input.write('\x1b[A\x1b[A\r') // up twice: history
input.write('gone\x15kept\r') // Ctrl+U
input.write('undo\x1f\x1f\r') // Ctrl+_ (undo) twice
console.log('rl.line now', JSON.stringify(rl.line), 'history', rl.history)
console.log(JSON.stringify(shown.slice(0, 60)))
rl.close()

const rl1 = readline.createInterface({ input, output, terminal: true })
rl1.on('line', (line) => {
  console.log('rl1:', line)
  rl1.close()
  const rl2 = readline.createInterface({ input, output, terminal: true })
  rl2.on('line', (line) => {
    console.log('rl2:', line)
    rl2.close()
  })
  input.write(Buffer.from([0x98, 0x83]))
  input.write('bar\n')
})
input.write(Buffer.concat([Buffer.from('foo\n'), Buffer.from([0xe2])]))

for (const escapeCodeTimeout of [0, -1, NaN, 'x', Infinity]) {
  try {
    const r = readline.createInterface({ input: new PassThrough(), escapeCodeTimeout })
    console.log('escapeCodeTimeout', escapeCodeTimeout, r.escapeCodeTimeout)
    r.close()
  } catch (e) {
    console.log('escapeCodeTimeout', escapeCodeTimeout, e.code, e.message)
  }
}
