// After every timer and every immediate callback Node drains nextTicks and
// microtasks before the next callback (Node >= 11). The script busy-waits so
// both timers are already due when the loop starts.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('  tick after timer 1'));
  Promise.resolve().then(() => console.log('  promise after timer 1'));
  setImmediate(() => {
    console.log('immediate 1');
    process.nextTick(() => console.log('  tick after immediate 1'));
    Promise.resolve().then(() => console.log('  promise after immediate 1'));
  });
  setImmediate(() => console.log('immediate 2'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  queueMicrotask(() => console.log('  microtask after timer 2'));
}, 6);
const start = Date.now();
while (Date.now() - start < 20);
console.log('script done');
