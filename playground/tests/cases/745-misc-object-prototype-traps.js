// A program that adds proxy-trap names to Object.prototype must not reach
// the runtime's own proxies (Array, Date and Promise are wrapped in crib):
// Array.isArray used to call the inherited `get` (Node's test-assert-fail).
'use strict';
const assert = require('assert');
const path = require('path');
const traps = ['get', 'apply', 'has'];
for (const name of traps) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    configurable: true, writable: true,
    value() { throw new Error(`inherited ${name} called`); },
  });
}
try {
  console.log(Array.isArray([]), new Array(3).length, Array(2).length, Array.from('ab'));
  console.log(typeof Date(), new Date(0).toISOString(), new Date('March 7, 2024').getDate());
  console.log(path.join('a', 'b'), path.extname('x.mjs'));
  Promise.resolve(1).then((v) => console.log('then', v));
  new Promise((resolve) => resolve(2)).then((v) => console.log('then', v));
  try { assert.fail('boom'); } catch (e) { console.log('caught', e.message); }
  try { assert.strictEqual(1, 2); } catch (e) { console.log('caught', e.code); }
  console.log(Buffer.from('hi').toString('hex'), 'x' in process.env);
} finally {
  for (const name of traps) delete Object.prototype[name];
  console.log('done');
}
