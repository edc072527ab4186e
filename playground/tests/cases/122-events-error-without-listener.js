// Emitting 'error' with no listener throws the error itself; a non-Error
// value is wrapped in ERR_UNHANDLED_ERROR. With a listener nothing throws.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('disk full'));
} catch (err) {
  console.log('thrown:', err.message, err instanceof Error);
}
try {
  e.emit('error', 'just a string');
} catch (err) {
  console.log('thrown:', err.code, '|', err.message);
}
try {
  e.emit('error');
} catch (err) {
  console.log('thrown:', err.code, '|', err.message);
}
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handled', err.message));
console.log('emit returned', e.emit('error', new Error('with listener')));
