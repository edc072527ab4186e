// console from js/lib compared with Node's Console writing to fake streams:
// formatting, groups, count, assert, dir, table, trace header, time format.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { Console: NodeConsole } = require('node:console');
const { createRuntime, createHost } = require('./harness.cjs');

function sink() {
  const s = {
    text: '',
    write(chunk) { s.text += chunk; return true; },
    once() {},
    on() {},
    removeListener() {},
    listenerCount() { return 0; },
  };
  return s;
}

const scripts = [
  (c) => { c.log('hello'); c.log('%s is %d years', 'Bob', 42); c.log({ a: 1 }, [1, 2], 'str', 5n, null); },
  (c) => { c.info('info'); c.debug('debug'); c.warn('warn'); c.error(new Map([[1, 2]])); },
  (c) => { c.group('Group A'); c.log('inside'); c.group(); c.log('deeper\nmultiline'); c.error('err inside'); c.groupEnd(); c.groupEnd(); c.groupEnd(); c.log('out'); },
  (c) => { c.groupCollapsed('collapsed', 1); c.log({ nested: { obj: [1, 2, 3] } }); c.groupEnd(); },
  (c) => { c.count(); c.count(); c.count('x'); c.countReset(); c.count(); c.count('x'); },
  (c) => { c.assert(true, 'nope'); c.assert(false); c.assert(false, 'failed %s', 'here'); c.assert(false, { a: 1 }); c.assert(0, 'zero', 2); },
  (c) => { c.dir({ a: { b: { c: { d: 1 } } } }); c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); c.dir('str'); },
  (c) => { c.dir({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' }); },
  (c) => { c.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]); },
  (c) => { c.table([[1, 2], [3, 4, 5]]); },
  (c) => { c.table({ alice: { age: 30, city: 'Paris' }, bob: { age: 25 } }); },
  (c) => { c.table([1, 'two', { three: 3 }]); },
  (c) => { c.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a']); },
  (c) => { c.table(new Map([['k1', { v: 1 }], ['k2', 'x']])); },
  (c) => { c.table(new Set(['a', 'b'])); },
  (c) => { c.table('not tabular'); c.table(42); c.table(null); },
  (c) => { c.table([{ name: 'héllo ✓', emoji: '😀', wide: '日本語' }]); },
  (c) => { c.table([{ nested: { a: 1, b: 2, c: 3 }, arr: [1, 2, 3, 4, 5], fn() {} }]); },
  (c) => { c.table([]); c.table({}); },
  (c) => { c.log(); c.log(''); c.log('%c styled', 'color: red'); c.log('100%', 'done'); },
  (c) => { c.log('a\nb'); c.group('g'); c.table([{ x: 1 }]); c.groupEnd(); },
];

test('Console output matches Node', () => {
  const failures = [];
  scripts.forEach((script, i) => {
    const nOut = sink();
    const nErr = sink();
    script(new NodeConsole({ stdout: nOut, stderr: nErr }));
    const oOut = sink();
    const oErr = sink();
    const rt = createRuntime();
    const { Console } = rt.require('console');
    script(new Console({ stdout: oOut, stderr: oErr }));
    if (nOut.text !== oOut.text || nErr.text !== oErr.text) {
      failures.push(`#${i} ${script}\n--- node stdout\n${nOut.text}--- ours\n${oOut.text}--- node stderr\n${nErr.text}--- ours\n${oErr.text}`);
    }
  });
  assert.strictEqual(failures.length, 0, failures.join('\n'));
});

test('global console writes through host.write with fd 1 and 2', () => {
  const host = createHost();
  const c = createRuntime(host).require('console');
  c.log('out %d', 1);
  c.error('err');
  c.warn('warn');
  c.trace('here');
  const { log } = c;
  log('detached');
  assert.strictEqual(host.stdout(), 'out 1\ndetached\n');
  assert.match(host.stderr(), /^err\nwarn\nTrace: here\n/);
  assert.strictEqual(Object.keys(c).join(','), Object.keys(console).join(','));
  assert.strictEqual(require('node:util').inspect(c).split('\n')[0], 'Object [console] {');
});

test('console.time prints virtual durations like Node', () => {
  const host = createHost();
  const c = createRuntime(host).require('console');
  const cases = [[1.2345, '1.234ms'], [0.5, '0.5ms'], [12, '12ms'], [1500, '1.500s'], [61500, '1:01.500 (m:ss.mmm)'], [3723000, '1:02:03.000 (h:mm:ss.mmm)']];
  for (const [ms] of cases) {
    c.time('t');
    host.advance(ms);
    c.timeEnd('t');
  }
  c.time();
  host.advance(3);
  c.timeLog(undefined, 'extra', { a: 1 });
  const lines = host.stdout().trim().split('\n');
  assert.deepStrictEqual(lines.slice(0, cases.length), cases.map(([, s]) => `t: ${s}`));
  assert.strictEqual(lines[cases.length], "default: 3ms extra { a: 1 }");
});

test('console.log fast path (primitives, no inspect) matches Node', () => {
  const values = ['s', '', 'with %', 0, -0, 1.5, NaN, -Infinity, 10n, true, null, undefined, 'multi\nline'];
  const combos = [];
  for (const a of values) for (const b of values) combos.push([a, b]);
  combos.push([], [1], [undefined], ['%s', 1], [1, '%s', 2], ['a', 'b', 'c']);
  const nOut = sink();
  const oOut = sink();
  const node = new NodeConsole({ stdout: nOut });
  const { Console } = createRuntime().require('console');
  const ours = new Console({ stdout: oOut });
  for (const args of combos) {
    node.log(...args);
    ours.log(...args);
  }
  assert.strictEqual(oOut.text, nOut.text);
});
