// readline.emitKeypressEvents decodes keys (Node's own decoder); a terminal
// Interface emits them and sets raw mode.
const readline = require('readline');
const { PassThrough } = require('stream');
const s = new PassThrough();
readline.emitKeypressEvents(s);
s.on('keypress', (str, key) => console.log(JSON.stringify(str), key));
s.write('ab\x1b[A\r\x03\x1bOP\x1b[1;5C');
s.write('☃');

const input = new PassThrough();
input.setRawMode = (mode) => console.log('raw mode', mode);
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true });
input.on('keypress', (str, key) => console.log('key', key.name, key.ctrl));
input.write('x\x1b[B');
rl.close();
console.log(input.listenerCount('keypress'), process.env.TERM === 'dumb');
