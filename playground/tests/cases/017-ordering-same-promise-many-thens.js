// Several .then callbacks on one promise run in registration order, each as
// its own microtask; a .then attached after resolution queues immediately.
let resolve;
const p = new Promise((r) => { resolve = r; });
p.then((v) => console.log('then 1 got', v));
p.then((v) => { console.log('then 2 got', v); queueMicrotask(() => console.log('microtask from then 2')); });
Promise.resolve().then(() => console.log('unrelated microtask queued before resolve'));
resolve('value');
resolve('ignored second value');
p.then((v) => console.log('then 3 (attached after resolve) got', v));
console.log('sync end');
