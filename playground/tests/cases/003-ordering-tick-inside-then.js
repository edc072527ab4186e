// A nextTick queued inside a .then callback waits until the microtask queue
// is completely empty, including microtasks queued after the tick.
Promise.resolve().then(() => {
  console.log('then 1');
  process.nextTick(() => {
    console.log('tick queued in then 1');
    Promise.resolve().then(() => console.log('then queued by that tick'));
    process.nextTick(() => console.log('tick queued by that tick'));
  });
}).then(() => console.log('then 1b'))
  .then(() => console.log('then 1c'));
Promise.resolve().then(() => console.log('then 2'))
  .then(() => console.log('then 2b'));
setTimeout(() => console.log('timeout'));
