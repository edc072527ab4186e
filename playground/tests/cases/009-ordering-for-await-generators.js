// for await over an async generator and over an array of promises,
// interleaved with a plain .then chain to show the turns each step costs.
async function* gen() {
  for (let i = 1; i <= 3; i++) {
    console.log('gen yields', i);
    yield i;
  }
  console.log('gen finishes');
}
(async () => {
  for await (const v of gen()) console.log('loop got', v);
  console.log('generator loop done');
})();
(async () => {
  for await (const v of [Promise.resolve('x'), 'y', Promise.resolve('z')]) console.log('array loop got', v);
  console.log('array loop done');
})();
let n = 0;
(function chain() { Promise.resolve().then(() => { console.log('chain', ++n); if (n < 10) chain(); }); })();
