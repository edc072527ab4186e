// Removing or adding listeners during an emit does not change the listeners
// called for that emit (Node copies the array); it affects the next one.
const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('ev', b); e.on('ev', d); }
function b() { console.log('b'); }
function c() { console.log('c'); e.removeAllListeners('ev'); }
function d() { console.log('d'); }
e.on('ev', a).on('ev', b).on('ev', c);
console.log('-- first emit');
e.emit('ev');
console.log('count after first emit:', e.listenerCount('ev'));
e.on('ev', a);
e.on('ev', a);
console.log('-- off removes the most recent duplicate');
e.off('ev', a);
console.log('count:', e.listenerCount('ev'));
e.removeAllListeners();
console.log('eventNames after removeAll:', e.eventNames());
