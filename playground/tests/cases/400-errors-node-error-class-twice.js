// A Node error class (internal/errors' codes.ERR_*) works every time, not
// only the first time a run uses it: the same code thrown twice, several
// codes one after the other, and the error's shape each time.
for (const i of [1, 2]) try { Buffer.alloc(4).writeUInt8(300) } catch (e) { console.log(e.code, e.message) }
const path = require('path');
for (const i of [1, 2, 3]) {
  try { path.join(i) } catch (e) { console.log(i, e.name, e.code, e.message, e instanceof TypeError) }
}
const attempts = [
  () => Buffer.from(42), () => Buffer.from(42), () => Buffer.alloc(-1), () => Buffer.alloc(-1),
  () => Buffer.alloc(2).readUInt16LE(1), () => Buffer.alloc(2).readUInt16LE(1),
  () => Buffer.from('x').toString('nope'), () => Buffer.from('x').toString('nope'),
  () => require('fs').readFileSync({}), () => require('fs').readFileSync({}),
  () => new (require('events'))().emit('error', 'plain'),
];
for (const f of attempts) {
  try { f(); console.log('no throw') } catch (e) {
    console.log(e.name, e.code, String(e).split('\n')[0], Object.keys(e).join(','), e.stack.split('\n')[0])
  }
}
