// FileHandle: open, write, read at a position, stat, readLines, close.
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open('log.txt', 'w+');
  console.log('fd is a number:', typeof fh.fd === 'number');
  await fh.write('line one\nline two\n');
  await fh.write('line three\n');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(8), 0, 8, 5);
  console.log('read', bytesRead, JSON.stringify(buffer.toString()));
  console.log('size', (await fh.stat()).size);
  await fh.close();
  console.log('closed');
  const rh = await fsp.open('log.txt');
  for await (const line of rh.readLines()) console.log('>', line);
  console.log('lines done');
})();
