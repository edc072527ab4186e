// readline over process.stdin: one 'line' event per line, then 'close'.
// All lines of one chunk are emitted synchronously, before their ticks run.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let count = 0;
rl.on('line', (line) => {
  count++;
  console.log(`line ${count}: ${line}`);
  process.nextTick(() => console.log(`  tick after line ${count}`));
});
rl.on('close', () => console.log(`close after ${count} lines`));
console.log('waiting for input');
