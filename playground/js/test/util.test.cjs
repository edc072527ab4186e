// util (promisify, callbackify, inherits, types, isDeepStrictEqual,
// deprecate, misc) from js/lib compared with Node's util.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const { createRuntime, createHost, trackPromise } = require('./harness.cjs');

const rt = createRuntime();
const ours = rt.require('util');

test('promisify', async () => {
  function cbOk(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
  function cbErr(cb) { cb(new Error('nope')); }
  assert.strictEqual(await ours.promisify(cbOk)(1, 2), 3);
  await assert.rejects(ours.promisify(cbErr)(), { message: 'nope' });
  const custom = () => {};
  custom[ours.promisify.custom] = () => Promise.resolve('custom');
  assert.strictEqual(ours.promisify(custom), custom[util.promisify.custom]);
  assert.strictEqual(ours.promisify.custom, util.promisify.custom);
  assert.strictEqual(ours.promisify(cbOk).name, util.promisify(cbOk).name);
  assert.strictEqual(ours.promisify(cbOk).length, util.promisify(cbOk).length);
  assert.throws(() => ours.promisify(1), { code: 'ERR_INVALID_ARG_TYPE', message: util.inspect((() => { try { util.promisify(1); } catch (e) { return e.message; } })()).slice(1, -1) });
  const withArgs = (cb) => cb(null, 1, 2);
  withArgs[ours.customPromisifyArgs] = ['a', 'b'];
  assert.deepStrictEqual(await ours.promisify(withArgs)(), { a: 1, b: 2 });
});

test('callbackify', async () => {
  const fn = ours.callbackify(async (x) => x * 2);
  assert.strictEqual(fn.name, util.callbackify(async function f() {}).name.replace('f', ''));
  const r = await new Promise((res) => fn(21, (err, v) => res([err, v])));
  assert.deepStrictEqual(r, [null, 42]);
  const bad = ours.callbackify(() => Promise.reject(null)); // eslint-disable-line prefer-promise-reject-errors
  const err = await new Promise((res) => bad((e) => res(e)));
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  const named = async function named() {};
  assert.strictEqual(ours.callbackify(named).name, util.callbackify(named).name);
  assert.strictEqual(ours.callbackify(named).length, util.callbackify(named).length);
});

test('inherits', () => {
  function A() {}
  A.prototype.hi = () => 'hi';
  function B() {}
  ours.inherits(B, A);
  assert.strictEqual(new B().hi(), 'hi');
  assert.strictEqual(B.super_, A);
  let nodeMsg;
  try { util.inherits(B, null); } catch (e) { nodeMsg = e.message; }
  assert.throws(() => ours.inherits(B, null), { message: nodeMsg });
});

test('types match Node on a value table', async () => {
  const values = [
    1, 'a', null, undefined, {}, [], new Date(), /x/, new Map(), new Set(), new WeakMap(), new WeakSet(),
    new Error('e'), new TypeError('t'), Object.create(Error.prototype), trackPromise(Promise.resolve(1)),
    { then() {} }, new Uint8Array(1), // oxlint-disable-line unicorn/no-thenable -- a thenable on purpose
    new Float64Array(1), new BigInt64Array(1), new ArrayBuffer(1),
    new DataView(new ArrayBuffer(1)), new Number(1), new String('s'), new Boolean(true), Object(1n), // eslint-disable-line no-new-wrappers
    Object(Symbol('s')), async () => {}, function* g() {}, async function* ag() {}, () => {}, class {},
    (function () { return arguments; })(), new Map().entries(), new Set().values(), (function* () {})(),
    Buffer.from('x'),
  ];
  const names = Object.keys(ours.types).filter((k) => typeof util.types[k] === 'function' && !['isProxy', 'isExternal'].includes(k));
  const failures = [];
  for (const name of names) {
    values.forEach((v, i) => {
      if (ours.types[name](v) !== util.types[name](v)) failures.push(`${name}(#${i} ${util.inspect(v)}): node ${util.types[name](v)}`);
    });
  }
  assert.deepStrictEqual(failures, []);
  assert.deepStrictEqual(Object.keys(util.types).filter((k) => !(k in ours.types)), []);
});

test('isDeepStrictEqual matches Node', () => {
  const pairs = [
    [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: 1 }, { a: 1, b: undefined }],
    [[1, 2], [2, 1]], [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
    [new Map([[1, 'a']]), new Map([[1, 'b']])], [new Date(1), new Date(1)], [new Date(1), new Date(2)], [/a/g, /a/g], [/a/g, /a/i],
    [Object.create(null), {}], [[1, , 2], [1, undefined, 2]], [new Uint8Array([1, 2]), new Uint8Array([1, 2])], // eslint-disable-line no-sparse-arrays
    [new Uint8Array([1]), new Int8Array([1])], [new Error('a'), new Error('a')], [new Error('a'), new TypeError('a')],
    [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }], [new Number(1), new Number(1)], [new String('a'), 'a'], // eslint-disable-line no-new-wrappers
    [(() => { const a = { x: 1 }; a.self = a; return a; })(), (() => { const b = { x: 1 }; b.self = b; return b; })()],
    [[{ a: 1 }], [{ a: 1 }]], [Buffer.from('ab'), Buffer.from('ab')], [Buffer.from('ab'), new Uint8Array([97, 98])],
  ];
  const failures = [];
  pairs.forEach(([a, b], i) => {
    if (ours.isDeepStrictEqual(a, b) !== util.isDeepStrictEqual(a, b)) failures.push(`#${i} ${util.inspect(a)} vs ${util.inspect(b)}`);
  });
  assert.deepStrictEqual(failures, []);
});

test('deprecate warns once on stderr like Node', async () => {
  const savedProcess = globalThis.process;
  const host = createHost({ nextTick: (fn) => savedProcess.nextTick(fn) });
  const u = createRuntime(host).require('util');
  const fn = u.deprecate(() => 'r', 'old() is deprecated', 'DEP0999');
  globalThis.process = undefined;
  let r;
  try {
    r = [fn(), fn()];
  } finally {
    globalThis.process = savedProcess;
  }
  await new Promise((res) => setImmediate(res));
  assert.deepStrictEqual(r, ['r', 'r']);
  assert.strictEqual(host.stderr().replace(/^\(node:\d+\)/, '(node:PID)'),
    '(node:PID) [DEP0999] DeprecationWarning: old() is deprecated\n' +
    '(Use `node --trace-deprecation ...` to show where the warning was created)\n');
});

test('misc exports', () => {
  assert.strictEqual(ours.inspect.custom, util.inspect.custom);
  assert.strictEqual(ours.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
  assert.strictEqual(ours.getSystemErrorName(-2), 'ENOENT');
  assert.strictEqual(ours.isArray([]), true);
  assert.strictEqual(ours.styleText('red', 'x'), util.styleText('red', 'x'));
  assert.strictEqual(ours.formatWithOptions({ colors: true }, '%s %o', 'a', 1), util.formatWithOptions({ colors: true }, '%s %o', 'a', 1));
  assert.strictEqual(typeof ours.TextEncoder, 'function');
  const missing = ['format', 'formatWithOptions', 'inspect', 'isDeepStrictEqual', 'promisify', 'callbackify', 'inherits',
    'deprecate', 'debuglog', 'types', 'TextEncoder', 'TextDecoder', 'stripVTControlCharacters', 'toUSVString'].filter((k) => !(k in ours));
  assert.deepStrictEqual(missing, []);
});

test('built-in objects inspect like Node', () => {
  const te = rt.require('internal/text_encoding');
  const pairs = [
    ['events module', require('node:events'), rt.require('events')],
    ['path module', require('node:path'), rt.require('path')],
    ['TextEncoder', new TextEncoder(), new te.TextEncoder()],
    ['TextDecoder', new TextDecoder(), new te.TextDecoder()],
    ['StringDecoder', new (require('node:string_decoder').StringDecoder)('hex'), new (rt.require('string_decoder').StringDecoder)('hex')],
    ['EventEmitter instance', new (require('node:events'))(), new (rt.require('events'))()],
  ];
  const failures = pairs.filter(([, a, b]) => util.inspect(a) !== ours.inspect(b)).map(([l, a, b]) => `${l}\n${util.inspect(a)}\n${ours.inspect(b)}`);
  assert.deepStrictEqual(failures, []);
});

test('parseArgs and parseEnv match Node', () => {
  const configs = [
    { args: ['--foo'], options: {} },
    { args: ['-f'], options: {} },
    { args: ['pos'], options: {} },
    { args: ['--name'], options: { name: { type: 'string' } } },
    { args: ['--flag=x'], options: { flag: { type: 'boolean' } } },
    { args: ['-abc'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } } },
    { args: ['-abcVAL'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } } },
    { args: ['-n', 'v', '--m', '1', '--m=2', 'x', '--', '--y'], options: { n: { type: 'string', short: 'n' }, m: { type: 'string', multiple: true } }, allowPositionals: true },
    { args: [], options: { d: { type: 'string', default: 'dv' }, e: { type: 'boolean' } } },
    { args: ['--no-color', '--x', 'p'], options: { x: { type: 'boolean' } }, strict: false },
    { args: ['-abc'], options: {}, strict: false },
    { args: ['--a', '1', '-b', '--', 'z'], options: { a: { type: 'string' }, b: { type: 'boolean', short: 'b' } }, tokens: true, allowPositionals: true },
    { args: ['--a', '--b'], options: { a: { type: 'string' }, b: { type: 'boolean' } } },
    { args: ['-a', '-1'], options: { a: { type: 'string', short: 'a' } } },
    { args: ['--unknown'], options: {}, allowPositionals: true },
    { args: ['-vvv'], options: { v: { type: 'boolean', short: 'v', multiple: true } } },
  ];
  const run = (pa, c) => {
    try {
      return util.inspect(pa(c), { depth: 4 });
    } catch (e) {
      return `${e.code} ${e.message}`;
    }
  };
  const failures = configs.filter((c) => run(util.parseArgs, c) !== run(ours.parseArgs, c))
    .map((c) => `${JSON.stringify(c)}\n  node: ${run(util.parseArgs, c)}\n  ours: ${run(ours.parseArgs, c)}`);
  assert.deepStrictEqual(failures, []);
  const env = 'A=1\nexport B = two \n# comment\nC="quoted # not comment"\nD=\'single\'\nE="multi\\nline"\nF=value # trailing\nEMPTY=\n';
  assert.deepStrictEqual({ ...ours.parseEnv(env) }, { ...util.parseEnv(env) });
  assert.deepStrictEqual(ours._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
});
