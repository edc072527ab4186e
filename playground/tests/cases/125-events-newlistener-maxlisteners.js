// 'newListener' fires before the listener is added; 'removeListener' after
// removal; exceeding maxListeners emits a warning (routed to a handler).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.count, w.type));
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', String(name), 'count before add:', e.listenerCount(name)));
e.on('removeListener', (name) => console.log('removeListener', name));
const f = () => {};
e.on('data', f);
e.off('data', f);
e.setMaxListeners(2);
e.on('load', f); e.on('load', f); e.on('load', f);
console.log('added three load listeners');
