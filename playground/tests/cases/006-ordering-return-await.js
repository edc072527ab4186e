// "return await p" vs "return p" vs "return value" inside async functions:
// returning a promise from an async function adopts it (two extra turns),
// awaiting it first settles sooner.
let turn = 0;
(function count(n) {
  Promise.resolve().then(() => { console.log('turn', ++turn); if (n > 1) count(n - 1); });
})(6);
async function returnValue() { return 'value'; }
async function returnPromise() { return Promise.resolve('promise'); }
async function returnAwait() { return await Promise.resolve('await'); }
returnPromise().then((v) => console.log('return', v));
returnAwait().then((v) => console.log('return', v));
returnValue().then((v) => console.log('return', v));
