// assert from js/lib compared with Node's assert: which calls throw, and the
// thrown error's name, code, message, operator and generatedMessage.
'use strict';

const test = require('node:test');
const nodeAssert = require('node:assert');
const util = require('node:util');
const { createRuntime } = require('./harness.cjs');

const rt = createRuntime();
const ours = rt.require('assert');
const oursStrict = rt.require('assert/strict');

class Custom extends Error {}

const calls = [
  (a) => a(true),
  (a) => a(false, 'explicit message'),
  (a) => a.ok(0, 'zero'),
  (a) => a.ok(),
  (a) => a.ok(false, new TypeError('thrown as is')),
  (a) => a.equal(1, '1'),
  (a) => a.equal(1, 2),
  (a) => a.equal(NaN, NaN),
  (a) => a.equal('a'.repeat(10), 'b'),
  (a) => a.notEqual(1, '1'),
  (a) => a.strictEqual(1, 1),
  (a) => a.strictEqual(1, 2),
  (a) => a.strictEqual(1, '1'),
  (a) => a.strictEqual('hello world', 'hello there'),
  (a) => a.strictEqual({ a: 1 }, { a: 1 }),
  (a) => a.strictEqual([1, 2, 3], [1, 2, 4]),
  (a) => a.strictEqual(NaN, NaN),
  (a) => a.strictEqual(0, -0),
  (a) => a.strictEqual(1, 2, 'custom msg'),
  (a) => a.notStrictEqual(1, 1),
  (a) => a.notStrictEqual('long string value', 'long string value'),
  (a) => { const o = {}; a.notStrictEqual(o, o); },
  (a) => a.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepEqual({ a: 1 }, { a: 2 }),
  (a) => a.deepEqual([1, 2], [1, 2, 3]),
  (a) => a.notDeepEqual({ a: 1 }, { a: 1 }),
  (a) => a.notDeepEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepStrictEqual({ a: 1 }, { a: 1 }),
  (a) => a.deepStrictEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepStrictEqual({ a: 1, b: { c: [1, 2, 3] } }, { a: 1, b: { c: [1, 2, 4] } }),
  (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]),
  (a) => a.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])),
  (a) => a.deepStrictEqual(new Set([1, 2]), new Set([2, 1])),
  (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
  (a) => a.deepStrictEqual(Object.create(null), {}),
  (a) => a.deepStrictEqual(new Date(0), new Date(0)),
  (a) => a.deepStrictEqual(/a/g, /a/i),
  (a) => a.deepStrictEqual([1, , 3], [1, undefined, 3]), // eslint-disable-line no-sparse-arrays
  (a) => a.deepEqual([1, , 3], [1, undefined, 3]), // eslint-disable-line no-sparse-arrays
  (a) => a.deepStrictEqual({ a: Symbol.for('x') }, { a: Symbol.for('x') }),
  (a) => a.deepStrictEqual([{ id: 1, tags: ['a'] }], [{ id: 1, tags: ['b'] }]),
  (a) => a.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))),
  (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  (a) => a.notDeepStrictEqual([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7]),
  (a) => a.throws(() => { throw new Error('boom'); }),
  (a) => a.throws(() => {}),
  (a) => a.throws(() => {}, TypeError),
  (a) => a.throws(() => {}, 'no throw message'),
  (a) => a.throws(() => { throw new TypeError('x'); }, TypeError),
  (a) => a.throws(() => { throw new TypeError('x'); }, RangeError),
  (a) => a.throws(() => { throw new Custom('x'); }, Custom),
  (a) => a.throws(() => { throw new Error('wrong value'); }, /right/),
  (a) => a.throws(() => { throw new Error('right value'); }, /right/),
  (a) => a.throws(() => { throw new Error('msg'); }, { message: 'msg', name: 'Error' }),
  (a) => a.throws(() => { throw new Error('msg'); }, { message: 'other' }),
  (a) => a.throws(() => { throw new Error('msg'); }, { message: /ms/ }),
  (a) => a.throws(() => { throw new Error('msg'); }, (e) => e.message === 'msg'),
  (a) => a.throws(() => { throw new Error('msg'); }, function check() { return false; }),
  (a) => a.throws(() => { throw 'str'; }, { a: 1 }), // eslint-disable-line no-throw-literal
  (a) => a.throws(() => { throw new Error('msg'); }, {}),
  (a) => a.throws('not fn'),
  (a) => a.doesNotThrow(() => {}),
  (a) => a.doesNotThrow(() => { throw new Error('bad'); }),
  (a) => a.doesNotThrow(() => { throw new Error('bad'); }, 'with message'),
  (a) => a.doesNotThrow(() => { throw new TypeError('bad'); }, RangeError),
  (a) => a.match('abc', /b/),
  (a) => a.match('abc', /x/),
  (a) => a.match(123, /x/),
  (a) => a.match('abc', 'x'),
  (a) => a.doesNotMatch('abc', /b/),
  (a) => a.ifError(null),
  (a) => a.ifError(new Error('if error')),
  (a) => a.ifError('string err'),
  (a) => a.fail(),
  (a) => a.fail('boom'),
  (a) => a.fail(new TypeError('as error')),
  (a) => a.strictEqual(1),
  (a) => a.deepStrictEqual(new Error('a'), new Error('b')),
  (a) => a.strict.equal(1, '1'),
  (a) => a.strict.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')),
  (a) => a.deepStrictEqual(new Uint8Array([1]), new Uint8Array([1])),
  (a) => a.deepStrictEqual(new Number(1), new Number(2)), // eslint-disable-line no-new-wrappers
  (a) => { const x = { a: 1 }; x.self = x; const y = { a: 1 }; y.self = y; a.deepStrictEqual(x, y); },
  (a) => a.deepStrictEqual(-0, 0),
  (a) => a.deepEqual(-0, 0),
  (a) => a.deepStrictEqual('a\nb\nc', 'a\nb\nd'),
];

function describe(fn, a) {
  try {
    fn(a);
    return 'no throw';
  } catch (e) {
    if (!(e instanceof Error)) return `threw ${util.inspect(e)}`;
    return JSON.stringify({
      name: e.name,
      code: e.code,
      message: e.message,
      operator: e.operator,
      generatedMessage: e.generatedMessage,
      str: String(e),
      ctor: e.constructor && e.constructor.name,
      keys: Object.keys(e),
    }, null, 1);
  }
}

test('assert matches Node', () => {
  const failures = [];
  calls.forEach((fn, i) => {
    const expected = describe(fn, nodeAssert);
    const actual = describe(fn, ours);
    if (expected !== actual) failures.push(`#${i} ${fn}\n  node: ${expected}\n  ours: ${actual}`);
  });
  nodeAssert.strictEqual(failures.length, 0, failures.join('\n'));
  nodeAssert.strictEqual(oursStrict, ours.strict);
});

test('assert.rejects / doesNotReject match Node', async () => {
  const asyncCalls = [
    (a) => a.rejects(Promise.reject(new Error('r'))),
    (a) => a.rejects(Promise.resolve(1)),
    (a) => a.rejects(async () => { throw new TypeError('t'); }, TypeError),
    (a) => a.rejects(async () => { throw new TypeError('t'); }, RangeError),
    (a) => a.rejects(() => 5),
    (a) => a.doesNotReject(Promise.reject(new Error('nope'))),
    (a) => a.doesNotReject(Promise.resolve(1)),
  ];
  const run = async (fn, a) => {
    try {
      await fn(a);
      return 'resolved';
    } catch (e) {
      return JSON.stringify({ name: e.name, code: e.code, message: e.message, operator: e.operator });
    }
  };
  const failures = [];
  for (const [i, fn] of asyncCalls.entries()) {
    const expected = await run(fn, nodeAssert);
    const actual = await run(fn, ours);
    if (expected !== actual) failures.push(`#${i} ${fn}\n  node: ${expected}\n  ours: ${actual}`);
  }
  nodeAssert.deepStrictEqual(failures, []);
});

test('AssertionError inspects like Node (without stack frames)', () => {
  const strip = (s) => s.split('\n').filter((l) => !l.startsWith('    at ')).join('\n');
  for (const fn of [(a) => a.strictEqual(1, 2), (a) => a.deepStrictEqual({ a: 'x'.repeat(20) }, { a: 1 })]) {
    let n;
    let o;
    try { fn(nodeAssert); } catch (e) { n = util.inspect(e); }
    try { fn(ours); } catch (e) { o = rt.require('util').inspect(e); }
    nodeAssert.strictEqual(strip(o), strip(n));
  }
});
