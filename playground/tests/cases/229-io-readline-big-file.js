// readline over a file bigger than one 64 KiB chunk: lines split across
// chunks are joined; 'close' comes after the last line.
const fs = require('fs');
const readline = require('readline');
const lines = [];
for (let i = 0; i < 5000; i++) lines.push('line number ' + i);
fs.writeFileSync('big.txt', lines.join('\n') + '\n');
const rs = fs.createReadStream('big.txt');
let chunks = 0;
rs.on('data', () => chunks++);
const rl = readline.createInterface({ input: rs, crlfDelay: Infinity });
let count = 0, last;
rl.on('line', (l) => { count++; last = l; });
rl.on('close', () => console.log('lines', count, 'last', last, 'chunks', chunks));
