// pipeline() with an async generator as the middle stage, and an error
// thrown from it: the pipeline callback gets it and the streams are destroyed.
const { Readable, Writable, pipeline } = require('stream');
const seen = [];
const sink = () =>
  new Writable({
    objectMode: true,
    write(obj, enc, cb) {
      seen.push(obj);
      cb();
    },
  });
pipeline(
  Readable.from([1, 2, 3, 4]),
  async function* (source) {
    for await (const n of source) yield n * 10;
  },
  sink(),
  (err) => {
    console.log('first pipeline:', err, seen);
    const src = Readable.from(['a', 'b', 'c']);
    pipeline(
      src,
      async function* (source) {
        for await (const s of source) {
          if (s === 'b') throw new Error('bad item ' + s);
          yield s.toUpperCase();
        }
      },
      sink(),
      (err2) => console.log('second pipeline:', err2.message, 'source destroyed:', src.destroyed, seen)
    );
  }
);
