// Built-in constructors are functions, not classes: util.inspect prints
// `[Function: Array]` and their source is native code; classes still
// inspect as `[class X]` and `[class Y extends X]`.
const util = require('util');
class X { m() {} }
class Y extends X {}
console.log(util.inspect(Array), util.inspect(Map), util.inspect(Promise), util.inspect(Object), util.inspect(Function));
console.log([Array, Set, WeakMap, RegExp, Date, Number, String, Boolean, Symbol]);
console.log(String(Array), String(Math.max), String(Function.prototype.toString));
console.log(util.inspect(X), util.inspect(Y), String(X).startsWith('class X'), String(Y).startsWith('class Y'));
console.log({ ctor: Array, cls: X, fn: function named() {}, arrow: () => 1 });
console.log(typeof Array, Object.getOwnPropertyDescriptor(Array, 'prototype').writable);
