// path from js/lib compared with Node's path.posix (and a few path.win32
// calls) on a table of inputs.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const nodePath = require('node:path');
const { createRuntime } = require('./harness.cjs');

const ours = createRuntime().require('path');

const samples = [
  '', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a/b/', '/a/b/c', '/a/b/c/',
  'a//b', 'a/./b', 'a/../b', '../a', '../../a/b', './a', 'a/..', '/..', '/../a', '/a/../../b',
  'file.txt', '.bashrc', '.bashrc.bak', 'archive.tar.gz', 'dir/file.', 'dir/.', 'dir/..',
  '/home/user/docs/report.pdf', 'foo/bar/baz/asdf/quux/..', 'a/b/c/../../d', 'x/y/', '..a', 'a..',
  '...', 'a/...', 'ü/ñ.txt', '/tmp//x//', 'C:\\a\\b', 'c:/x',
];

function compare(name, fn, argsList) {
  const failures = [];
  for (const args of argsList) {
    let expected;
    let actual;
    try {
      expected = JSON.stringify(nodePath.posix[name](...args));
    } catch (e) {
      expected = `throws ${e.code} ${e.message}`;
    }
    try {
      actual = JSON.stringify(fn(...args));
    } catch (e) {
      actual = `throws ${e.code} ${e.message}`;
    }
    if (expected !== actual) failures.push(`${name}(${JSON.stringify(args)}): node ${expected}, ours ${actual}`);
  }
  return failures;
}

test('path.posix matches Node', () => {
  const pairs = [];
  for (const a of samples.slice(0, 30)) for (const b of ['', 'x', '../y', '/abs', 'c/d/']) pairs.push([a, b]);
  const failures = [
    ...compare('normalize', ours.normalize, samples.map((s) => [s])),
    ...compare('basename', ours.basename, samples.map((s) => [s])),
    ...compare('basename', ours.basename, samples.map((s) => [s, '.txt']).concat([['aaa', 'a'], ['a.js', 'a.js'], ['/x/a.js/', '.js']])),
    ...compare('dirname', ours.dirname, samples.map((s) => [s])),
    ...compare('extname', ours.extname, samples.map((s) => [s])),
    ...compare('isAbsolute', ours.isAbsolute, samples.map((s) => [s])),
    ...compare('parse', ours.parse, samples.map((s) => [s])),
    ...compare('join', ours.join, pairs.concat([[], ['a', 'b', 'c'], ['/a', '..', '..', 'b'], [''], ['', '']])),
    ...compare('resolve', ours.resolve, pairs.concat([[], ['/a/b', './c'], ['/x', '/y', 'z'], ['a', '../..', '..']])),
    ...compare('relative', ours.relative, pairs.concat([['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b', '/a'], ['/', '/x'], ['/x', '/']])),
    ...compare('format', ours.format, [[{ dir: '/a', base: 'b.txt' }], [{ root: '/', name: 'f', ext: 'js' }],
      [{ root: '/', dir: '/', base: 'x' }], [{ name: 'n', ext: '.e' }], [{}]]),
    ...compare('join', ours.join, [[1], ['a', null]]),
  ];
  assert.strictEqual(ours.sep, '/');
  assert.strictEqual(ours.delimiter, ':');
  assert.strictEqual(ours.posix, ours);
  assert.deepStrictEqual(failures, []);
});

test('path.win32 common calls match Node', () => {
  const w = [
    ['join', ['C:\\a', 'b', '..\\c']],
    ['join', ['a', 'b/c']],
    ['normalize', ['C:\\a\\.\\b\\..\\c\\']],
    ['basename', ['C:\\x\\y.txt']],
    ['basename', ['C:\\x\\y.txt', '.txt']],
    ['extname', ['C:\\x\\y.txt']],
    ['dirname', ['C:\\x\\y.txt']],
    ['isAbsolute', ['C:\\x']],
    ['isAbsolute', ['x\\y']],
    ['parse', ['C:\\dir\\file.ext']],
  ];
  const failures = [];
  for (const [name, args] of w) {
    const expected = JSON.stringify(nodePath.win32[name](...args));
    const actual = JSON.stringify(ours.win32[name](...args));
    if (expected !== actual) failures.push(`win32.${name}(${JSON.stringify(args)}): node ${expected}, ours ${actual}`);
  }
  assert.deepStrictEqual(failures, []);
});
