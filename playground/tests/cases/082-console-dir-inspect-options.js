// console.dir and util.inspect options: depth, compact, breakLength,
// sorted, showHidden, maxArrayLength, maxStringLength.
const util = require('util');
const obj = { b: { c: { d: { e: { f: 1 } } } }, a: [3, 1, 2], z: 'zz' };
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null });
console.log(util.inspect(obj, { depth: 1 }));
console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { compact: 1, breakLength: Infinity }));
console.log(util.inspect(obj, { breakLength: 20 }));
console.log(util.inspect({ c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 5 }));
console.log(util.inspect('top-level string'));
console.log(util.inspect(new Map([[1, { a: { b: { c: 1 } } }]]), { depth: 0 }));
