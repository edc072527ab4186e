// events.on returns an async iterator of every emission's arguments;
// breaking out of the loop removes its listener.
const { EventEmitter, on } = require('events');
const e = new EventEmitter();
(async () => {
  let n = 0;
  for await (const [value] of on(e, 'item')) {
    console.log('got', value);
    if (++n === 3) break;
  }
  console.log('loop left, listeners:', e.listenerCount('item'));
})();
console.log('listeners while iterating:', e.listenerCount('item'));
setTimeout(() => {
  e.emit('item', 'a');
  e.emit('item', 'b');
  e.emit('item', 'c');
  e.emit('item', 'd');
  console.log('emitted four synchronously');
}, 5);
