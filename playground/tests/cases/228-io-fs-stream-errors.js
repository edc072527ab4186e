// fs streams that fail: a ReadStream on a missing file emits 'error' then
// 'close' (never 'open' or 'end'); a WriteStream into a missing directory
// fails its pending write, then 'error', then 'close'.
const fs = require('fs');
const rs = fs.createReadStream('missing.txt');
rs.on('open', () => console.log('open'));
rs.on('error', (e) => console.log('error', e.code, e.message));
rs.on('close', () => console.log('close'));
rs.on('end', () => console.log('end'));
const ws = fs.createWriteStream('no/such/dir/out.txt');
ws.on('error', (e) => console.log('ws error', e.code));
ws.on('close', () => console.log('ws close'));
ws.write('x', (err) => console.log('write cb', err && err.code));
process.nextTick(() => console.log('tick'));
