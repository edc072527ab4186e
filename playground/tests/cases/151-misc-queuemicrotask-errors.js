// queueMicrotask validates its argument; an exception thrown inside a
// queued microtask is an uncaught exception, not a rejection.
try {
  queueMicrotask('nope');
} catch (e) {
  console.log(e.name, e.code);
}
process.on('uncaughtException', (err, origin) => console.log('uncaughtException:', err.message, origin));
process.on('unhandledRejection', () => console.log('unhandledRejection (not this)'));
queueMicrotask(() => { throw new Error('thrown in queueMicrotask'); });
queueMicrotask(() => console.log('next microtask still runs'));
Promise.resolve().then(() => console.log('promise after'));
process.nextTick(() => console.log('tick first'));
