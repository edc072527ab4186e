// Promise states, sparse arrays, circular references and getters.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ ok: true });
const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(pending, fulfilled, rejected);
console.log([1, , 3, , , 6]);
console.log([, , ,]);
const sparse = [];
sparse[5] = 'five';
sparse.extra = 'prop';
console.log(sparse);
const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);
console.log({
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; }, set gs(v) {},
});
