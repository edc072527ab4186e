// Alternating queues: each microtask schedules a tick and each tick a
// microtask. Ticks run only when the microtask queue is empty, and vice versa.
let n = 0;
function fromTick(i) {
  console.log('tick', i);
  if (i < 4) Promise.resolve().then(() => fromMicrotask(i + 1));
}
function fromMicrotask(i) {
  console.log('microtask', i);
  if (i < 4) process.nextTick(fromTick, i + 1);
  queueMicrotask(() => console.log('  extra microtask after', i));
}
process.nextTick(fromTick, 0);
Promise.resolve().then(() => console.log('first microtask'));
setTimeout(() => console.log('timer after everything'), 0);
