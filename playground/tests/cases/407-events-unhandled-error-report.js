// An 'error' event with no listener throws the error itself, and the crash
// report shows Node's `node:events` frame and `throw er; // Unhandled
// 'error' event` before the error and its frames.
const { EventEmitter } = require('events');
console.error('marker: before the crash');
const e = new EventEmitter();
e.emit('error', new Error('boom'));
