// stream.pipeline: Readable.from -> Transform -> Writable, with the
// callback once everything has finished.
const { Readable, Transform, Writable, pipeline } = require('stream');
const upper = new Transform({
  transform(chunk, encoding, callback) {
    console.log('transform', JSON.stringify(chunk.toString()));
    callback(null, chunk.toString().toUpperCase());
  },
  flush(callback) {
    console.log('flush');
    this.push('!');
    callback();
  },
});
const collected = [];
const sink = new Writable({
  write(chunk, encoding, callback) {
    collected.push(chunk.toString());
    callback();
  },
});
sink.on('finish', () => console.log('sink finish'));
pipeline(Readable.from(['hello', ' ', 'streams']), upper, sink, (err) => {
  console.log('pipeline done, error:', err);
  console.log('result:', collected.join(''));
});
console.log('sync end');
