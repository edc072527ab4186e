// console.table of Map and Set iterators (what is left of them), as Node 20 prints it.
const m = new Map([[1, 'one'], [2, { two: 2 }], [3, [3]]]);
console.table(m.entries());
const it = m.keys();
it.next();
console.table(it);
console.table(m.values());
console.table(new Set(['a', 'b']).values());
console.table(new Set([1, 2]).entries());
console.table(m);
