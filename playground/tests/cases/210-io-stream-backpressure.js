// Backpressure by hand: an objectMode Writable with highWaterMark 2 that
// finishes each write on a later tick. write() returns false when full.
const { Writable } = require('stream');
const slow = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(obj, encoding, callback) {
    console.log('  writing', obj.id);
    setImmediate(callback);
  },
});
slow.on('drain', () => console.log('drain'));
slow.on('finish', () => console.log('finish'));
slow.on('close', () => console.log('close'));
for (let id = 1; id <= 4; id++) {
  const ok = slow.write({ id });
  console.log('write', id, '->', ok, 'length', slow.writableLength, 'needDrain', slow.writableNeedDrain);
}
slow.end();
console.log('ended, writableEnded', slow.writableEnded, 'writableFinished', slow.writableFinished);
