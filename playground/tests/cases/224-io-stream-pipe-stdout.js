// readable.pipe(process.stdout): stdout is a Writable; piping never ends it,
// so later console.log output still appears.
const { Readable, Transform } = require('stream');
const shout = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
const source = Readable.from(['one\n', 'two\n', 'three\n']);
source.pipe(shout).pipe(process.stdout);
shout.on('end', () => console.log('(transform ended; stdout still open)'));
console.log('piping...');
