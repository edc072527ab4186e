// Two independent .then chains advance one step per microtask turn, so
// their steps interleave; a chain with a rejected link skips to catch.
const log = (s) => () => console.log(s);
Promise.resolve()
  .then(log('a1'))
  .then(log('a2'))
  .then(log('a3'))
  .then(log('a4'));
Promise.resolve()
  .then(log('b1'))
  .then(() => { throw new Error('b2 throws'); })
  .then(log('b3 (skipped)'))
  .catch((e) => console.log('b catch:', e.message))
  .finally(log('b finally'));
Promise.reject(new Error('c'))
  .then(log('c then (skipped)'), (e) => console.log('c onRejected:', e.message))
  .then(log('c after'));
