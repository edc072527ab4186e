// A Readable in flowing mode: 'data' is emitted on a later tick (resume is
// deferred), and a push() from a tick delivers synchronously once flowing.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (d) => console.log('data', String(d)));
r.on('end', () => console.log('end'));
r.push('a');
console.log('after push a, flowing:', r.readableFlowing);
process.nextTick(() => { r.push('b'); r.push(null); console.log('pushed b and null'); });
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
