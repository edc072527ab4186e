// util.types predicates, util.isDeepStrictEqual, util.inherits.
const util = require('util');
const { types } = util;
console.log(types.isPromise(Promise.resolve()), types.isPromise({ then() {} }));
console.log(types.isDate(new Date()), types.isRegExp(/x/), types.isMap(new Map()), types.isSet(new Set()));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()));
console.log(types.isTypedArray(new Uint8Array()), types.isUint8Array(Buffer.alloc(1)), types.isArrayBuffer(new ArrayBuffer(1)));
console.log(types.isNativeError(new TypeError()), types.isNativeError({ name: 'Error', message: '' }), types.isBoxedPrimitive(Object(1)));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual({}, Object.create(null)));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
console.log(util.isArray([]), typeof util.deprecate, typeof util.inspect.defaultOptions);
