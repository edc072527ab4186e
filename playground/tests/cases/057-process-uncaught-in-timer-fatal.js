// An error thrown in a timer with no 'uncaughtException' listener ends the
// process with exit code 1: 'exit' listeners run, later timers do not.
console.error('expecting an uncaught exception');
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => {
  console.log('timer 1 throws');
  Promise.resolve().then(() => console.log('microtask (never runs)'));
  throw new Error('fatal in timer');
}, 5);
setTimeout(() => console.log('timer 2 (never runs)'), 50);
