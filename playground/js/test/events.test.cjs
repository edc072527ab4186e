// events from js/lib run side by side with Node's events on the same
// scripts; each script logs through `log`, and the logs must be identical.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const nodeEvents = require('node:events');
const { createRuntime } = require('./harness.cjs');

const rt = createRuntime();
const ours = rt.require('events');
const oursUtil = rt.require('util');

const scripts = [
  (EE, log) => {
    const e = new EE();
    e.on('x', (a, b) => log('x1', a, b));
    e.prependListener('x', () => log('x0'));
    e.once('x', () => log('once'));
    e.prependOnceListener('x', () => log('prepend once'));
    log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nothing'));
    log(e.listenerCount('x'), e.eventNames(), e.listeners('x').length, e.rawListeners('x').length);
  },
  (EE, log) => {
    const e = new EE();
    e.on('newListener', (ev, fn) => log('newListener', ev, typeof fn));
    e.on('removeListener', (ev) => log('removeListener', ev));
    const f = () => {};
    e.on('a', f);
    e.once('b', f);
    e.off('a', f);
    e.emit('b');
    e.removeAllListeners();
    log(e.eventNames());
  },
  (EE, log) => {
    const e = new EE();
    try { e.emit('error', new Error('boom')); } catch (err) { log('caught', err.message); }
    try { e.emit('error', 'str'); } catch (err) { log('caught', err.code, err.message, err.context); }
    try { e.emit('error', { a: 1 }); } catch (err) { log('caught', err.code, err.message); }
    try { e.emit('error'); } catch (err) { log('caught', err.code, err.message); }
    e.on(EE.errorMonitor, (err) => log('monitor', err.message));
    e.on('error', (err) => log('handled', err.message));
    e.emit('error', new Error('x'));
  },
  (EE, log) => {
    const e = new EE();
    try { e.on('x', 'notfn'); } catch (err) { log(err.code, err.message); }
    try { e.setMaxListeners(-1); } catch (err) { log(err.code, err.message); }
    try { EE.defaultMaxListeners = 'x'; } catch (err) { log(err.code, err.message); }
    log(e.getMaxListeners(), EE.defaultMaxListeners);
    e.setMaxListeners(1);
    log(e.getMaxListeners());
  },
  (EE, log) => {
    const e = new EE();
    function h() { log('this ok', this === e); }
    e.on('t', h);
    e.emit('t');
    const f = () => log('f');
    e.on('m', f);
    e.on('m', f);
    e.removeListener('m', f);
    e.emit('m');
    log(e.listenerCount('m'), e.listenerCount('m', f));
  },
  (EE, log, inspect) => {
    const e = new EE();
    e.on('a', () => {});
    e.on('a', function named() {});
    log(inspect(e));
    class Sub extends EE {}
    log(inspect(new Sub()));
  },
  (EE, log) => {
    const e = new EE();
    e.on('x', function a() { e.removeAllListeners('x'); log('a'); });
    e.on('x', function b() { log('b still runs'); });
    e.emit('x');
    e.emit('x');
    log(e.listenerCount('x'));
  },
  (EE, log) => {
    const e = new EE();
    const sym = Symbol('s');
    e.on(sym, () => log('symbol event'));
    e.emit(sym);
    log(e.eventNames().map(String));
    log(EE.listenerCount(e, sym));
  },
];

test('EventEmitter behaves like Node', () => {
  const failures = [];
  scripts.forEach((script, i) => {
    const nodeLog = [];
    const ourLog = [];
    script(nodeEvents, (...a) => nodeLog.push(util.format(...a)), util.inspect);
    script(ours, (...a) => ourLog.push(oursUtil.format(...a)), oursUtil.inspect);
    if (nodeLog.join('\n') !== ourLog.join('\n')) {
      failures.push(`#${i}\n--- node\n${nodeLog.join('\n')}\n--- ours\n${ourLog.join('\n')}`);
    }
  });
  assert.strictEqual(failures.length, 0, failures.join('\n'));
});

test('events.once and events.on', async () => {
  const e = new ours();
  const p = ours.once(e, 'ready');
  e.emit('ready', 1, 2);
  assert.deepStrictEqual(await p, [1, 2]);
  const p2 = ours.once(e, 'ready');
  e.emit('error', new Error('failed'));
  await assert.rejects(p2, { message: 'failed' });
  const it = ours.on(e, 'data');
  e.emit('data', 'a');
  e.emit('data', 'b');
  const got = [];
  for await (const [v] of it) {
    got.push(v);
    if (got.length === 2) break;
  }
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(e.listenerCount('data'), 0);
});

test('MaxListenersExceededWarning is printed like Node', async () => {
  const { createHost } = require('./harness.cjs');
  const savedProcess = globalThis.process;
  const host = createHost({ nextTick: (fn) => savedProcess.nextTick(fn) });
  const EE = createRuntime(host).require('events');
  const e = new EE();
  // Without a process object the warning goes straight to host stderr.
  globalThis.process = undefined;
  try {
    for (let i = 0; i < 11; i++) e.on('leak', () => {});
  } finally {
    globalThis.process = savedProcess;
  }
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(host.stderr().replace(/^\(node:\d+\)/, '(node:PID)'),
    '(node:PID) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ' +
    '11 leak listeners added to [EventEmitter]. Use emitter.setMaxListeners() to increase limit\n' +
    '(Use `node --trace-warnings ...` to show where the warning was created)\n');
});

test('captureRejections routes async listener rejections to error', async () => {
  const e = new ours({ captureRejections: true });
  const seen = [];
  e.on('error', (err) => seen.push(err.message));
  e.on('go', async () => { throw new Error('async fail'); });
  e.emit('go');
  await new Promise((r) => setTimeout(r, 5));
  assert.deepStrictEqual(seen, ['async fail']);
});
