// Promise.all / allSettled / any / race on already-settled inputs settle after
// a few turns; a parallel counter shows when.
let turn = 0;
(function count() { Promise.resolve().then(() => { console.log('turn', ++turn); if (turn < 6) count(); }); })();
const ok = Promise.resolve(1);
const bad = Promise.reject(new Error('nope'));
bad.catch(() => {});
Promise.all([ok, 2]).then((v) => console.log('all', v));
Promise.allSettled([ok, bad]).then((r) => console.log('allSettled', r.map((x) => x.status).join(',')));
Promise.any([bad, ok]).then((v) => console.log('any', v));
Promise.race([bad, ok]).catch((e) => console.log('race rejected', e.message));
Promise.any([bad, Promise.reject(new Error('also'))]).catch((e) =>
  console.log('any failed', e.constructor.name, e.errors.map((x) => x.message)));
