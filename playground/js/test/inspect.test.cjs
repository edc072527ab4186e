// util.inspect / util.format from js/lib compared byte for byte with Node's
// own on a table of values and options. Run: node --test playground/js/test/
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const { createRuntime, trackPromise } = require('./harness.cjs');

const rt = createRuntime();
const ours = rt.require('util');

class Foo {
  constructor() {
    this.a = 1;
    this.b = 'two';
  }
}
class Bar extends Foo {}
class Empty {}
class WithToString {
  toString() {
    return 'custom!';
  }
}
function makeCircular() {
  const o = { name: 'root', list: [1, 2] };
  o.self = o;
  o.list.push(o);
  return o;
}
function makeDoubleCircular() {
  const a = { name: 'a' };
  const b = { name: 'b', a };
  a.b = b;
  return { a, b };
}
function sparse() {
  const a = [1, , 3]; // eslint-disable-line no-sparse-arrays
  a[10] = 'x';
  return a;
}
function withGetters() {
  return {
    get g() { return 1; },
    get gs() { return 2; },
    set gs(v) {},
    set s(v) {},
    plain: 3,
  };
}
function errWithProps() {
  const e = new Error('with props');
  e.code = 'E_CODE';
  e.extra = { a: 1 };
  e.stack = 'Error: with props\n    at fake (file.js:1:1)';
  return e;
}
function errNoStack(ctor = Error, msg = 'plain') {
  const e = new ctor(msg);
  e.stack = `${e.name}: ${msg}`;
  return e;
}
function errWithCause() {
  const cause = new TypeError('inner');
  cause.stack = 'TypeError: inner\n    at a (x.js:1:1)\n    at b (x.js:2:2)';
  const e = new Error('outer', { cause });
  e.stack = 'Error: outer\n    at c (x.js:3:3)\n    at d (x.js:4:4)';
  return e;
}
function argumentsObject() {
  return (function () { return arguments; })(1, 'a'); // eslint-disable-line prefer-rest-params
}
function withSymbols() {
  return { [Symbol('sym')]: 1, [Symbol.iterator]: 2, regular: 'x' };
}
function customInspect() {
  return {
    [util.inspect.custom](depth, options, inspect) {
      return `Custom<${depth},${typeof options.stylize},${inspect === undefined ? 'u' : 'f'}>`;
    },
  };
}
function customInspectObject() {
  return { inner: { [util.inspect.custom]() { return { replaced: true, arr: [1, 2] }; } } };
}
function nestedArrays(n) {
  return Array.from({ length: n }, (_, i) => Array.from({ length: 3 }, (_, j) => i * 3 + j));
}

const longString = 'lorem ipsum dolor sit amet '.repeat(5);
const multiLine = 'line one is here\nline two is here\nline three is here and it is long enough to wrap';

// [label, () => value, options?]
const cases = [
  ['number', () => 42],
  ['negative zero', () => -0],
  ['NaN', () => NaN],
  ['Infinity', () => -Infinity],
  ['float', () => 3.14159],
  ['big number', () => 1e21],
  ['bigint', () => 123n],
  ['string top-level', () => 'hello'],
  ['string with single quote', () => "it's"],
  ['string with both quotes', () => 'a"b\'c'],
  ['string with all quotes', () => 'a"b\'c`d'],
  ['string with escapes', () => 'tab\tnl\nnul\0bell\x07del\x7f'],
  ['string with backslash', () => 'C:\\path'],
  ['unicode string', () => 'héllo ✓ 😀'],
  ['lone surrogate', () => 'a\ud800b'],
  ['empty string', () => ''],
  ['symbol', () => Symbol('desc')],
  ['symbol no desc', () => Symbol()], // eslint-disable-line symbol-description
  ['well-known symbol', () => Symbol.iterator],
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['empty object', () => ({})],
  ['simple object', () => ({ a: 1, b: 'two', c: [3] })],
  ['object with odd keys', () => ({ 'a-b': 1, 'with space': 2, 3: 'three', _ok: 4, $d: 5, 'quo\'te': 6 })],
  ['__proto__ key', () => JSON.parse('{"__proto__": 1}')],
  ['nested depth', () => ({ a: { b: { c: { d: { e: 1 } } } } })],
  ['nested arrays depth', () => [1, [2, [3, [4, [5]]]]]],
  ['empty array', () => []],
  ['small array', () => [1, 2, 3]],
  ['mixed array', () => [1, 'two', null, undefined, true, { a: 1 }, [2]]],
  ['26 numbers', () => Array.from({ length: 26 }, (_, i) => i)],
  ['100 numbers', () => Array.from({ length: 100 }, (_, i) => i * 7)],
  ['101 numbers', () => Array.from({ length: 101 }, (_, i) => i)],
  ['150 numbers', () => Array.from({ length: 150 }, (_, i) => i)],
  ['words array', () => 'the quick brown fox jumps over the lazy dog again and again'.split(' ')],
  ['long words array', () => Array.from({ length: 30 }, (_, i) => `item-number-${i}`)],
  ['array of objects', () => [{ id: 1, name: 'alice' }, { id: 2, name: 'bob' }, { id: 3, name: 'carol' }]],
  ['array of many objects', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `user${i}`, active: i % 2 === 0 }))],
  ['nested arrays grouped', () => nestedArrays(10)],
  ['negative numbers array', () => [-1, 2, -33, 444, -5555, 6, 7, 8, 9, 10]],
  ['bigint array', () => [1n, 22n, 333n, 4444n, 5n, 6n, 7n]],
  ['mixed short array', () => [1, 'a', 2, 'b', 3, 'c', 4, 'd']],
  ['sparse array', sparse],
  ['all holes', () => new Array(5)],
  ['array with extra prop', () => Object.assign([1, 2], { extra: 'yes' })],
  ['long object breaks', () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', eps: 1 })],
  ['object 72 boundary', () => ({ key1: 'value-one', key2: 'value-two', key3: 'value-three', k4: 'v4' })],
  ['object with long string', () => ({ text: longString })],
  ['long string top', () => longString],
  ['multiline string in object', () => ({ text: multiLine })],
  ['multiline string in array', () => [multiLine]],
  ['Map', () => new Map([['a', 1], ['b', { c: 2 }]])],
  ['empty Map', () => new Map()],
  ['Map object keys', () => new Map([[{ k: 1 }, [1, 2]], [null, undefined]])],
  ['Set', () => new Set([1, 'two', { three: 3 }])],
  ['empty Set', () => new Set()],
  ['big Set', () => new Set(Array.from({ length: 30 }, (_, i) => i))],
  ['nested Map in object', () => ({ m: new Map([[1, new Set([2])]]) })],
  ['WeakMap', () => new WeakMap()],
  ['WeakSet', () => new WeakSet()],
  ['class instance', () => new Foo()],
  ['subclass instance', () => new Bar()],
  ['empty class instance', () => new Empty()],
  ['null prototype', () => Object.create(null)],
  ['null prototype with keys', () => Object.assign(Object.create(null), { a: 1 })],
  ['object with toStringTag', () => ({ [Symbol.toStringTag]: 'Tagged', a: 1 })],
  ['class with toStringTag', () => { class T { get [Symbol.toStringTag]() { return 'TT'; } } return new T(); }],
  ['named function', () => function named() {}],
  ['anonymous function', () => (0, function () {})],
  ['arrow function', () => (0, () => {})],
  ['async function', () => async function af() {}],
  ['async arrow', () => (0, async () => {})],
  ['generator function', () => function* gen() {}],
  ['async generator', () => async function* agen() {}],
  ['class', () => Foo],
  ['subclass', () => Bar],
  ['anonymous class', () => (0, class {})],
  ['function with props', () => Object.assign(function withProps() {}, { a: 1 })],
  ['bound function', () => function orig() {}.bind(null)],
  ['builtin function', () => Math.max],
  ['Date', () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6))],
  ['invalid Date', () => new Date(NaN)],
  ['Date with prop', () => Object.assign(new Date(0), { x: 1 })],
  ['RegExp', () => /ab+c/gi],
  ['RegExp with slash', () => /a\/b/],
  ['RegExp with prop', () => Object.assign(/x/, { y: 2 })],
  ['Error without frames', () => errNoStack()],
  ['TypeError without frames', () => errNoStack(TypeError, 'bad type')],
  ['Error with props', errWithProps],
  ['Error with cause', errWithCause],
  ['Error in object', () => ({ err: errNoStack() })],
  ['Error with props nested', () => ({ e: errWithProps() })],
  ['Error empty message', () => errNoStack(Error, '')],
  ['Error renamed', () => { const e = errNoStack(); e.name = 'CustomError'; return e; }],
  ['Error subclass', () => { class MyError extends Error {} const e = new MyError('sub'); e.stack = 'Error: sub\n    at x (y.js:1:1)'; return e; }],
  ['AggregateError', () => { const e = new AggregateError([errNoStack()], 'many'); e.stack = 'AggregateError: many'; return e; }],
  ['boxed number', () => new Number(3)], // eslint-disable-line no-new-wrappers
  ['boxed string', () => new String('abc')], // eslint-disable-line no-new-wrappers
  ['boxed boolean', () => new Boolean(false)], // eslint-disable-line no-new-wrappers
  ['boxed symbol', () => Object(Symbol('s'))],
  ['boxed bigint', () => Object(5n)],
  ['boxed -0', () => new Number(-0)], // eslint-disable-line no-new-wrappers
  ['boxed with prop', () => Object.assign(new String('ab'), { p: 1 })], // eslint-disable-line no-new-wrappers
  ['Uint8Array', () => new Uint8Array([1, 2, 3])],
  ['empty Uint8Array', () => new Uint8Array(0)],
  ['Float64Array', () => new Float64Array([1.5, -0, NaN])],
  ['BigInt64Array', () => new BigInt64Array([1n, -2n])],
  ['big Int16Array', () => new Int16Array(120)],
  ['ArrayBuffer', () => new Uint8Array([1, 2, 255]).buffer],
  ['big ArrayBuffer', () => new ArrayBuffer(120)],
  ['DataView', () => new DataView(new ArrayBuffer(4), 1, 2)],
  ['resolved promise', () => trackPromise(Promise.resolve(1))],
  ['resolved promise object', () => trackPromise(Promise.resolve({ a: [1, 2] }))],
  ['pending promise', () => trackPromise(new Promise(() => {}))],
  ['rejected promise', () => { const p = Promise.reject(errNoStack()); p.catch(() => {}); return trackPromise(p); }],
  ['rejected promise primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return trackPromise(p); }],
  ['circular', makeCircular],
  ['double circular', makeDoubleCircular],
  ['circular array', () => { const a = [1]; a.push(a); return a; }],
  ['circular Map', () => { const m = new Map(); m.set('self', m); return m; }],
  ['getters', withGetters],
  ['symbol keys', withSymbols],
  ['arguments', argumentsObject],
  ['custom inspect string', customInspect],
  ['custom inspect object', customInspectObject],
  ['nested custom inspect', () => ({ a: customInspect(), b: [customInspect()] })],
  ['object of arrays', () => ({ numbers: Array.from({ length: 20 }, (_, i) => i), names: ['a', 'b'] })],
  ['wide nested', () => ({ level1: { level2a: { x: 1, y: 2 }, level2b: [1, 2, 3], level2c: 'str' }, other: true })],
  ['Math', () => Math],
  ['JSON', () => JSON],
  ['globalThis-like object', () => ({ process: { version: 'v20', env: { HOME: '/h' } } })],
  ['non-enumerable prop', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })],
  ['object with undefined value', () => ({ a: undefined, b: null })],
  ['map iterator-less object with numbers', () => ({ 1: 'a', 2: 'b', 10: 'c' })],
  ['array of strings with quotes', () => ["it's", 'say "hi"', 'plain']],
  ['array of long strings', () => Array.from({ length: 8 }, (_, i) => `string number ${i} is rather long`)],
  ['array of empty objects', () => [{}, {}, [], []]],
  ['object with arrays of objects', () => ({ users: [{ name: 'a', tags: ['x', 'y'] }, { name: 'b', tags: [] }] })],
  ['deep array of objects beyond depth', () => [[[{ a: 1 }]]]],
  ['object with function values', () => ({ fn() {}, arrow: () => {}, cls: class K {} })],
  ['object with Date and RegExp', () => ({ when: new Date(0), re: /x/g })],
  ['Set of arrays', () => new Set([[1, 2], [3, 4]])],
  ['Map of many', () => new Map(Array.from({ length: 12 }, (_, i) => [`key${i}`, i]))],
  ['frozen object', () => Object.freeze({ a: 1 })],
  ['object with many keys', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]))],
  ['object with 26 short keys', () => Object.fromEntries('abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, i]))],
  // Options
  ['depth 0', () => ({ a: { b: 1 } }), { depth: 0 }],
  ['depth null', () => ({ a: { b: { c: { d: { e: {} } } } } }), { depth: null }],
  ['depth Infinity', () => [[[[[1]]]]], { depth: Infinity }],
  ['compact false', () => ({ a: 1, b: [1, 2] }), { compact: false }],
  ['compact true', () => ({ a: 1, b: { c: [1, 2, 3] }, d: 'x'.repeat(70) }), { compact: true }],
  ['compact 1', () => ({ a: { b: { c: 1 } } }), { compact: 1 }],
  ['breakLength Infinity', () => Array.from({ length: 30 }, (_, i) => ({ i })), { breakLength: Infinity }],
  ['breakLength 40', () => ({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5 }), { breakLength: 40 }],
  ['sorted', () => ({ c: 1, a: 2, b: 3 }), { sorted: true }],
  ['maxArrayLength 2', () => [1, 2, 3, 4], { maxArrayLength: 2 }],
  ['maxArrayLength 0', () => [1, 2], { maxArrayLength: 0 }],
  ['maxArrayLength set', () => new Set([1, 2, 3]), { maxArrayLength: 1 }],
  ['maxStringLength', () => 'abcdefghij', { maxStringLength: 4 }],
  ['getters true', withGetters, { getters: true }],
  ['showHidden array', () => [1, 2], { showHidden: true }],
  ['showHidden object', () => Object.defineProperty({ a: 1 }, 'h', { value: 2 }), { showHidden: true }],
  ['numericSeparator', () => [1234567.891, 1000, -12345678, 123456789n], { numericSeparator: true }],
  ['colors', () => ({ s: 'x', n: 1, b: true, u: undefined, nl: null, sym: Symbol('s'), d: new Date(0), r: /x/, f() {} }), { colors: true }],
  ['customInspect false', customInspect, { customInspect: false }],
];

test('util.inspect matches Node 20 byte for byte', async () => {
  const values = cases.map(([label, make, opts]) => [label, make(), opts]);
  // Let tracked promises settle.
  await new Promise((resolve) => setImmediate(resolve));
  const failures = [];
  for (const [label, value, opts] of values) {
    const expected = opts === undefined ? util.inspect(value) : util.inspect(value, opts);
    let actual;
    try {
      actual = opts === undefined ? ours.inspect(value) : ours.inspect(value, opts);
    } catch (e) {
      actual = `THREW ${e && e.stack}`;
    }
    if (actual !== expected) failures.push(`${label}:\n--- node\n${expected}\n--- ours\n${actual}`);
  }
  assert.strictEqual(failures.length, 0, `${failures.length}/${values.length} differ\n${failures.join('\n\n')}`);
});

const formatCases = [
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 12n],
  ['%s', null],
  ['%s', undefined],
  ['%s', Symbol('x')],
  ['%s', { a: { b: 1 } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new Foo()],
  ['%s', new WithToString()],
  ['%s', new Date(0)],
  ['%s', new Error('e')],
  ['%d', '42'],
  ['%d', 1.5],
  ['%d', 7n],
  ['%d', {}],
  ['%d', Symbol('x')],
  ['%i', '42.9px'],
  ['%i', 5n],
  ['%f', '3.5abc'],
  ['%f', Symbol('x')],
  ['%j', { a: [1, 'x'] }],
  ['%j', undefined],
  ['%j', makeCircular()],
  ['%o', { a: [1, 2], f() {} }],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%c', 'color: red'],
  ['100%%', 1],
  ['%s:%s', 'a'],
  ['%x unknown', 1],
  ['a', 'b', 3, { c: 1 }],
  [42, 'x'],
  [{ a: 1 }, 'y', [2]],
  ['%s and %d and %j', 'x', 2, [3], 'extra', { more: true }],
  ['trailing %'],
  ['trailing %', 1],
  ['%%s', 1],
  ['%s', 'multi\nline'],
  ['no args'],
];

test('util.format matches Node 20', () => {
  const failures = [];
  for (const args of formatCases) {
    const expected = util.format(...args);
    let actual;
    try {
      actual = ours.format(...args);
    } catch (e) {
      actual = `THREW ${e && e.stack}`;
    }
    if (actual !== expected) failures.push(`${util.inspect(args)}:\n--- node\n${expected}\n--- ours\n${actual}`);
  }
  assert.strictEqual(failures.length, 0, `${failures.length}/${formatCases.length} differ\n${failures.join('\n\n')}`);
});

module.exports = { cases, formatCases };
