// Built-in modules load with and without the node: prefix and are the same
// object either way; require caches; some modules are only under node:.
const names = ['fs', 'path', 'events', 'util', 'os', 'assert', 'timers', 'string_decoder', 'stream', 'readline'];
for (const n of names) {
  const plain = require(n);
  const prefixed = require('node:' + n);
  console.log(n.padEnd(15), typeof plain, plain === prefixed, require(n) === plain);
}
console.log('fs/promises is fs.promises:', require('fs/promises') === require('fs').promises);
console.log('timers/promises setTimeout:', typeof require('node:timers/promises').setTimeout);
console.log('events default export is EventEmitter:', require('events') === require('events').EventEmitter);
console.log('assert is a function:', typeof require('assert'), 'strict:', typeof require('assert/strict'));
console.log('util.promisify:', typeof require('util').promisify);
