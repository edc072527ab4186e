// events.once returns a promise for the next emission's arguments; an
// 'error' event rejects it. The promise resolves in a microtask.
const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  const args = await once(e, 'ready');
  console.log('ready with', args);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('rejected by error event:', err.message);
  }
})();
console.log('listeners for ready:', e.listenerCount('ready'));
setTimeout(() => {
  e.emit('ready', 1, 'two');
  console.log('emitted ready, listeners now:', e.listenerCount('ready'));
  setTimeout(() => e.emit('error', new Error('kaput')), 5);
}, 5);
