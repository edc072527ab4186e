// Node 20 default: an unhandled rejection is fatal (exit 1), but only after
// the ticks and microtasks already queued have run; timers never run.
console.error('expecting a fatal unhandled rejection');
process.on('exit', (code) => console.log('exit code', code));
async function fails() {
  await null;
  throw new Error('async failure');
}
fails();
Promise.resolve().then(() => console.log('microtask 1'))
  .then(() => console.log('microtask 2'))
  .then(() => console.log('microtask 3'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timer (never runs)'), 0);
console.log('main done');
