// Async generators queue next() calls; return() and throw() settle in
// order; a manual Symbol.asyncIterator object works with for await.
async function* counter() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } finally {
    console.log('generator cleanup');
  }
}
const it = counter();
it.next().then((r) => console.log('next 1', r));
it.next().then((r) => console.log('next 2', r));
it.return('early').then((r) => console.log('return', r));
it.next().then((r) => console.log('next after return', r));
const manual = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve({ value: i, done: i++ >= 2 }) };
  },
};
(async () => {
  for await (const v of manual) console.log('manual iterator', v);
  const g = counter();
  await g.next();
  try {
    await g.throw(new Error('injected'));
  } catch (e) {
    console.log('throw() rejected with', e.message);
  }
})();
