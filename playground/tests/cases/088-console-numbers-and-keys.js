// Number formatting inside inspect, numericSeparator, and key ordering:
// integer-like keys first in ascending order, then strings in insertion order.
const util = require('util');
console.log([0.1, 1e21, 1e-7, 123456789.123, -1e-7, 2 ** 64, Number.MAX_SAFE_INTEGER, Number.EPSILON]);
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(-123456789n, { numericSeparator: true }));
console.log({ b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'neg', '01': 'zero-one' });
const arr = [1, 2];
arr['-1'] = 'x';
arr.named = true;
console.log(arr);
console.log(Object.assign([1, 2, 3], { length: 3 }), Object.keys('ab'));
console.log(new Array(3).fill({ same: 'ref' }));
