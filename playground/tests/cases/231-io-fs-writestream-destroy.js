// destroy() a WriteStream with a write pending, and write() after end():
// ERR_STREAM_WRITE_AFTER_END goes to the callback and to 'error'.
const fs = require('fs');
const ws = fs.createWriteStream('y.txt');
ws.write('a');
ws.destroy();
ws.on('error', (e) => console.log('err', e.code));
ws.on('close', () => {
  console.log('closed; content:', JSON.stringify(fs.readFileSync('y.txt', 'utf8')));
  const ws2 = fs.createWriteStream('z.txt');
  ws2.end('done');
  ws2.on('finish', () => {
    console.log('finish z');
    ws2.write('more', (e) => console.log('late write', e.code));
  });
  ws2.on('error', (e) => console.log('ws2 error', e.code));
  ws2.on('close', () => console.log('ws2 close'));
});
