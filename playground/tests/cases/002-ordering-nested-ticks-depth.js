// Ticks queued from ticks run before microtasks; microtasks queued from
// microtasks run before the ticks those microtasks queued.
let depth = 0;
function tick() {
  depth++;
  console.log('tick depth', depth);
  if (depth < 4) process.nextTick(tick);
  if (depth === 2) Promise.resolve().then(() => console.log('promise queued at depth 2'));
}
process.nextTick(tick);
Promise.resolve()
  .then(() => {
    console.log('microtask A');
    process.nextTick(() => console.log('tick from microtask A'));
    queueMicrotask(() => console.log('microtask from microtask A'));
  })
  .then(() => console.log('microtask A, second step'));
console.log('sync done');
