// await of a thenable calls then() from a microtask; an async function
// returning a thenable, and a class with a then method, behave the same way.
let turn = 0;
(function count() { Promise.resolve().then(() => { console.log('turn', ++turn); if (turn < 5) count(); }); })();
const thenable = { then(resolve) { console.log('then() called'); resolve('from thenable'); } };
(async () => { console.log('await got', await thenable); })();
class Deferred { then(r) { console.log('Deferred.then called'); r('deferred'); } }
(async () => new Deferred())().then((v) => console.log('async returned', v));
