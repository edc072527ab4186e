// console.table with arrays of objects, primitives, a column filter, a Map
// and plain objects; non-tabular data is just logged.
console.table([{ name: 'ada', age: 36 }, { name: 'alan', lang: 'en' }]);
console.table(['x', 'y']);
console.table({ row1: { c1: 1, c2: 2 }, row2: { c1: 3 } });
console.table([{ a: 1, b: 2, c: 3 }], ['c', 'a']);
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
console.table('not tabular');
console.table([[1, 2], [3, 4, 5]]);
