// process.exitCode sets the code used when the loop ends; 'exit' listeners
// see it, run in registration order, and cannot schedule more work.
process.exitCode = 3;
process.on('exit', (code) => {
  console.log('exit listener 1, code', code, 'exitCode', process.exitCode);
  setTimeout(() => console.log('timer from exit listener (never runs)'), 0);
  Promise.resolve().then(() => console.log('microtask from exit listener (still runs: microtasks drain after listeners)'));
  process.nextTick(() => console.log('tick from exit listener (never runs)'));
});
process.once('exit', (code) => console.log('exit listener 2 (once), code', code));
process.on('beforeExit', (code) => console.log('beforeExit code', code));
setTimeout(() => { console.log('timer changes exitCode to 4'); process.exitCode = 4; }, 5);
