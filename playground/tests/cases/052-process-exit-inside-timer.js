// process.exit() inside a timer ends the process at once: the rest of the
// callback, queued ticks, microtasks, later timers and immediates never run;
// only 'exit' listeners do ('beforeExit' does not fire).
process.on('exit', (code) => console.log('exit listener, code', code));
process.on('beforeExit', () => console.log('beforeExit (never runs)'));
setTimeout(() => {
  console.log('timer 1 calls process.exit(5)');
  process.nextTick(() => console.log('tick (never runs)'));
  Promise.resolve().then(() => console.log('microtask (never runs)'));
  setImmediate(() => console.log('immediate (never runs)'));
  process.exit(5);
  console.log('after exit (never runs)');
}, 5);
setTimeout(() => console.log('timer 2 (never runs)'), 5);
setTimeout(() => console.log('timer 3 (never runs)'), 50);
console.log('main done');
