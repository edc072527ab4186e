// Randomised (fixed-seed) nested values: util.inspect from js/lib must equal
// Node's for every one, under default options and a few option sets. This
// exercises the line-breaking and grouping rules far beyond hand-written cases.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const { createRuntime } = require('./harness.cjs');

const ours = createRuntime().require('util');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['a', 'id', 'name', 'value', 'x', 'longPropertyName', 'with space', 'it\'s', 'é', '0', '12', 'emoji😀', 'tab\t'];

function makeValue(r, depth) {
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const k = r();
  if (depth > 3 || k < 0.35) {
    const p = r();
    if (p < 0.25) return Math.floor(r() * 2000) - 1000;
    if (p < 0.35) return r() * 100;
    if (p < 0.6) return pick(words).repeat(1 + Math.floor(r() * (r() < 0.1 ? 12 : 2)));
    if (p < 0.65) return null;
    if (p < 0.7) return undefined;
    if (p < 0.75) return r() < 0.5;
    if (p < 0.8) return BigInt(Math.floor(r() * 1e6));
    if (p < 0.85) return -0;
    if (p < 0.9) return new Date(Math.floor(r() * 2e12));
    return Symbol(pick(words));
  }
  const n = Math.floor(r() * (r() < 0.15 ? 40 : 7));
  if (k < 0.6) return Array.from({ length: n }, () => makeValue(r, depth + 1));
  if (k < 0.85) {
    const o = {};
    for (let i = 0; i < n; i++) o[pick(words) + (r() < 0.3 ? i : '')] = makeValue(r, depth + 1);
    return o;
  }
  if (k < 0.93) return new Map(Array.from({ length: n }, () => [makeValue(r, 4), makeValue(r, depth + 1)]));
  return new Set(Array.from({ length: n }, () => makeValue(r, depth + 1)));
}

const optionSets = [undefined, { depth: 4 }, { compact: false }, { breakLength: 40 }, { compact: 1 }, { sorted: true, depth: 1 }];

test('randomised values inspect exactly like Node', () => {
  const r = rng(20240601);
  const failures = [];
  let count = 0;
  for (let i = 0; i < 1500; i++) {
    const v = makeValue(r, 0);
    for (const opts of optionSets) {
      count++;
      const expected = util.inspect(v, opts);
      const actual = ours.inspect(v, opts);
      if (expected !== actual && failures.length < 5) {
        failures.push(`#${i} opts ${JSON.stringify(opts)}\n--- node\n${expected}\n--- ours\n${actual}`);
      }
    }
  }
  assert.strictEqual(failures.length, 0, `${count} comparisons\n${failures.join('\n\n')}`);
});

test('randomised util.format calls and console.table data match Node', () => {
  const r = rng(7);
  const specs = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x', '%', ' ', 'txt'];
  const failures = [];
  for (let i = 0; i < 1500; i++) {
    let fmt = '';
    const parts = Math.floor(r() * 5);
    for (let j = 0; j < parts; j++) fmt += specs[Math.floor(r() * specs.length)];
    const args = [fmt, ...Array.from({ length: Math.floor(r() * 4) }, () => makeValue(r, 2))];
    if (r() < 0.2) args.shift();
    let expected;
    let actual;
    try { expected = util.format(...args); } catch (e) { expected = `throws ${e.message}`; }
    try { actual = ours.format(...args); } catch (e) { actual = `throws ${e.message}`; }
    if (expected !== actual && failures.length < 5) failures.push(`${util.inspect(args)}\n--- node\n${expected}\n--- ours\n${actual}`);
  }
  const { Console } = require('node:console');
  const { Console: OurConsole } = createRuntime().require('console');
  for (let i = 0; i < 300; i++) {
    const rows = Array.from({ length: Math.floor(r() * 5) }, () => {
      const v = makeValue(r, 2);
      return r() < 0.7 && v !== null && typeof v === 'object' ? v : { v };
    });
    const sink = () => {
      const s = { text: '', write(c) { s.text += c; return true; }, once() {}, on() {}, removeListener() {}, listenerCount() { return 0; } };
      return s;
    };
    const a = sink();
    const b = sink();
    new Console({ stdout: a }).table(rows);
    new OurConsole({ stdout: b }).table(rows);
    if (a.text !== b.text && failures.length < 5) failures.push(`table ${util.inspect(rows)}\n--- node\n${a.text}--- ours\n${b.text}`);
  }
  assert.strictEqual(failures.length, 0, failures.join('\n\n'));
});
