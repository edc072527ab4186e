// The whole nextTick queue drains before any promise job runs, even ticks
// queued by other ticks; queueMicrotask and .then share one FIFO queue.
console.log('script start');
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('queueMicrotask 1'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1 -> nested tick'));
});
Promise.resolve().then(() => console.log('then 2'));
process.nextTick(() => console.log('tick 2'));
queueMicrotask(() => console.log('queueMicrotask 2'));
setTimeout(() => console.log('timeout'), 0);
console.log('script end');
