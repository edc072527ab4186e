// util.inspect.custom, toJSON ignored by inspect, Symbol.toStringTag,
// arguments objects, generators, boxed values, class with static members.
const util = require('util');
class Money {
  constructor(c) { this.cents = c; }
  [util.inspect.custom](depth, opts) { return `Money<${(this.cents / 100).toFixed(2)}>`; }
}
console.log(new Money(1234), [new Money(5)], { price: new Money(99) });
console.log({ toJSON() { return 'ignored'; }, v: 1 });
(function () { console.log(arguments); })(1, 'a');
function* g() { yield 1; }
console.log(g());
class WithStatic { static count = 3; static describe() {} }
console.log(WithStatic, Object.keys(WithStatic));
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }));
console.log(util.inspect(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), { showHidden: true }));
console.log(globalThis === global, typeof globalThis);
