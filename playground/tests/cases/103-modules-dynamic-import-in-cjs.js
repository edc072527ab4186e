// import() works in CommonJS for built-ins; it resolves asynchronously,
// after the current ticks and microtasks. The namespace has a default.
console.log('before import');
import('node:path').then((ns) => {
  console.log('path namespace: default === named join:', ns.default.join === ns.join);
  console.log(ns.join('a', 'b'));
});
import('events').then(({ EventEmitter, once, default: def }) => {
  console.log('events:', typeof EventEmitter, typeof once, def === EventEmitter);
});
import('lodash').catch((e) => console.log('import lodash:', e.code));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('after import');
