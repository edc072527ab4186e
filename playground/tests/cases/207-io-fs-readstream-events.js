// fs.createReadStream: 'open' and 'ready' first, then one 'data' per
// highWaterMark-sized chunk, 'end', and 'close' last.
const fs = require('fs');
fs.writeFileSync('letters.txt', 'abcdefghijklmnopqrstuvwxyz');
const rs = fs.createReadStream('letters.txt', { highWaterMark: 10, encoding: 'utf8' });
rs.on('open', () => console.log('open'));
rs.on('ready', () => console.log('ready'));
rs.on('data', (chunk) => console.log('data', JSON.stringify(chunk)));
rs.on('end', () => console.log('end, bytesRead', rs.bytesRead));
rs.on('close', () => {
  console.log('close');
  const part = fs.createReadStream('letters.txt', { start: 3, end: 7 });
  part.on('data', (c) => console.log('range', c.toString(), c.length));
  part.on('close', () => console.log('range closed'));
});
process.nextTick(() => console.log('tick'));
console.log('sync end');
