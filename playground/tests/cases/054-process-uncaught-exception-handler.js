// With an 'uncaughtException' listener, an error thrown in a timer does not
// end the process: the listener gets the error and origin, queued ticks
// still run, and later timers still fire. Exit code stays 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => {
  process.nextTick(() => console.log('tick queued before the throw'));
  throw new Error('boom in timer');
}, 50);
setTimeout(() => console.log('second timer still runs'), 60);
setImmediate(() => { throw new TypeError('boom in immediate'); });
process.nextTick(() => { throw new RangeError('boom in tick'); });
process.on('exit', (code) => console.log('exit code', code));
