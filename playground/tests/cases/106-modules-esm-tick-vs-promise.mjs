// In an ES module the body itself runs inside a promise job, so promise
// callbacks queued by the body run BEFORE process.nextTick callbacks, the
// reverse of CommonJS.
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
setTimeout(() => {
  // inside a timer callback the usual order is back
  process.nextTick(() => console.log('nextTick in timer'));
  Promise.resolve().then(() => console.log('promise in timer'));
}, 1);
console.log('sync');
