// once() removes itself before running; prependListener and
// prependOnceListener put listeners first; rawListeners shows wrappers.
const { EventEmitter } = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('on'));
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
console.log('listeners:', e.listeners('x').length, 'raw:', e.rawListeners('x').length);
console.log('-- emit 1');
e.emit('x');
console.log('-- emit 2');
e.emit('x');
const handler = () => console.log('never');
e.once('y', handler);
console.log('removeListener works on once via original fn:', e.removeListener('y', handler) === e, e.listenerCount('y'));
e.once('z', function () {
  console.log('once listener count during emit:', e.listenerCount('z'));
});
e.emit('z');
