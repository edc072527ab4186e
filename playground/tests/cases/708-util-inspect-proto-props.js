// util.inspect with showHidden lists user-defined prototype getters and values (not methods), up to three layers; util.format's %d/%i/%s/%f follow inspect.defaultOptions.numericSeparator.
const util = require('util');
class X { constructor() { this._y = 123; } get y() { return this._y; } }
class Y extends X { get z() { return 1; } m() {} }
Y.prototype.tag = 'proto value';
class A { constructor(b) { this.B = b; } get b() { return this.B; } }
for (const v of [new X(), new Y(), new A(new A('x')), Object.create({ a: 1 }), [1, 2], new Map([[1, 2]])]) {
  console.log(util.inspect(v, { showHidden: true }), '|', util.inspect(v, { showHidden: true, getters: true }), '|', util.inspect(v));
}
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %s %i %f', 1234567.891, 118059162071741130342, 123123123, 9876543.21), util.format('%d', 12345678901234567890n));
util.inspect.defaultOptions.numericSeparator = false;
console.log(util.format('%d %s', 1234567, 1234567n));
