// destroy(err): 'error' then 'close', both on a later tick; finished()
// reports the error; further writes fail.
const { PassThrough, finished } = require('stream');
const pt = new PassThrough();
pt.on('error', (err) => console.log('error event:', err.message));
pt.on('close', () => console.log('close event, destroyed', pt.destroyed));
finished(pt, (err) => console.log('finished callback:', err && err.message));
pt.destroy(new Error('boom'));
console.log('destroyed now?', pt.destroyed);
pt.write('late', (err) => console.log('write after destroy:', err && err.code));
process.nextTick(() => console.log('tick after destroy'));
