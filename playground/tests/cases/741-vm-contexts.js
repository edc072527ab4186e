// The vm module: a new context is a new realm with its own intrinsics, its
// sandbox's properties are its globals, the globals a script creates come
// back to the sandbox, and errors thrown inside are the realm's own.
const vm = require('vm');
const sandbox = { a: 1, list: [1, 2] };
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInContext('var b = a + 1; c = 3; a = 5; list.length', sandbox));
console.log(sandbox);
console.log(vm.runInContext('typeof require + typeof process + typeof Math.max', sandbox));
const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr), Object.getPrototypeOf(arr) === Array.prototype);
const u8 = vm.runInNewContext('new Uint8Array([1, 2, 3])');
console.log(u8 instanceof Uint8Array, Buffer.from(u8), Buffer.byteLength(vm.runInNewContext('new ArrayBuffer(4)')));
try {
  vm.runInNewContext('null.x', {}, { filename: 'inner.js' });
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  new vm.Script('a b', { filename: 'bad.js' });
} catch (e) {
  console.log(e.name);
}
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
console.log(ctx.count, vm.runInThisContext('typeof globalThis.process'));
try {
  vm.runInContext('1', {});
} catch (e) {
  console.log(e.code, e.message);
}
console.log(vm.runInNewContext('x + y', { x: 2, y: 3 }), typeof vm.compileFunction('return a + b', ['a', 'b']));
