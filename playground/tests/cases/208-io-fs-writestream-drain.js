// fs.createWriteStream with a tiny highWaterMark: write() returns false once
// the buffer is full, and 'drain' says when to continue (backpressure).
const fs = require('fs');
const ws = fs.createWriteStream('out.txt', { highWaterMark: 8 });
let i = 0;
function writeMore() {
  let ok = true;
  while (i < 6 && ok) {
    i++;
    ok = ws.write(`chunk${i}|`);
    console.log('write', i, 'returned', ok, 'buffered', ws.writableLength);
  }
  if (i < 6) {
    console.log('waiting for drain');
    ws.once('drain', () => {
      console.log('drain');
      writeMore();
    });
  } else {
    ws.end('END', () => console.log('end callback'));
  }
}
ws.on('finish', () => console.log('finish, bytesWritten', ws.bytesWritten));
ws.on('close', () => console.log('close:', fs.readFileSync('out.txt', 'utf8')));
writeMore();
