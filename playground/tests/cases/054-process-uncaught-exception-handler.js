// With an 'uncaughtException' listener, errors thrown in a tick, an
// immediate and a timer do not end the process: the listener gets each error
// and its origin, queued ticks still run, later timers still fire, and the
// exit code stays 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
process.nextTick(() => { throw new RangeError('boom in tick'); });
setImmediate(() => {
  setTimeout(() => {
    process.nextTick(() => console.log('tick queued before the throw'));
    setTimeout(() => console.log('next timer still runs'), 10);
    throw new Error('boom in timer');
  }, 5);
  throw new TypeError('boom in immediate');
});
process.on('exit', (code) => console.log('exit code', code));
