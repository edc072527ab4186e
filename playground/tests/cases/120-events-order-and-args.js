// Listeners run synchronously, in registration order, with the emitted
// arguments and `this` set to the emitter (for non-arrow functions).
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', function (a, b) { console.log('first', a, b, this === e); });
e.on('data', (a) => console.log('second', a));
e.addListener('data', (...all) => console.log('third', all.length));
console.log('before emit');
console.log('emit returned', e.emit('data', 1, 'two', 3));
console.log('after emit');
console.log('emit without listeners returned', e.emit('nothing'));
console.log('listenerCount:', e.listenerCount('data'), EventEmitter.listenerCount(e, 'data'));
console.log('eventNames:', e.eventNames());
console.log('default max listeners:', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
const sym = Symbol('evt');
e.on(sym, () => console.log('symbol event'));
e.emit(sym);
console.log(e.eventNames());
