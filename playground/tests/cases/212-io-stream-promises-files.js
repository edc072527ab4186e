// stream/promises pipeline: file -> line-numbering Transform -> file.
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');
fs.writeFileSync('poem.txt', 'roses are red\nviolets are blue\n');
let n = 0;
const numberLines = new Transform({
  transform(chunk, encoding, callback) {
    const out = chunk
      .toString()
      .split('\n')
      .map((line) => (line ? `${++n}: ${line}` : line))
      .join('\n');
    callback(null, out);
  },
});
(async () => {
  await pipeline(fs.createReadStream('poem.txt'), numberLines, fs.createWriteStream('numbered.txt'));
  console.log('pipeline resolved');
  process.stdout.write(fs.readFileSync('numbered.txt', 'utf8'));
  try {
    await pipeline(fs.createReadStream('nope.txt'), fs.createWriteStream('x.txt'));
  } catch (err) {
    console.log('pipeline rejected:', err.code, err.syscall);
  }
})();
