// Resolving a promise with a native promise costs two extra microtask turns
// (NewPromiseResolveThenableJob, then the then() reaction); resolving with a
// plain thenable costs one turn before then() is called. A counter chain
// shows on which turn each resolution lands.
let turn = 0;
function counter(n) {
  if (n === 0) return;
  Promise.resolve().then(() => { turn++; console.log('turn', turn); counter(n - 1); });
}
counter(6);
Promise.resolve('plain').then((v) => console.log('resolved with value:', v));
new Promise((r) => r(Promise.resolve('native'))).then((v) => console.log('resolved with native promise:', v));
new Promise((r) => r({ then(ok) { console.log('thenable.then called'); ok('thenable'); } }))
  .then((v) => console.log('resolved with thenable:', v));
Promise.resolve().then(() => Promise.resolve('returned')).then((v) => console.log('then returned a promise:', v));
