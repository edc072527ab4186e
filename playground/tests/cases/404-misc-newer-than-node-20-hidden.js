// Features that V8 11.3 (Node 20) does not have are absent, so programs that
// feature-test for them take the Node 20 path.
console.log(typeof Object.groupBy, typeof Map.groupBy, typeof Promise.withResolvers);
console.log(typeof Set.prototype.union, typeof Set.prototype.intersection, typeof Set.prototype.difference,
  typeof Set.prototype.symmetricDifference, typeof Set.prototype.isSubsetOf, typeof Set.prototype.isSupersetOf,
  typeof Set.prototype.isDisjointFrom);
console.log(typeof globalThis.Iterator, 'Iterator' in globalThis);
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.getOwnPropertyNames(IteratorPrototype).map(String), Object.getOwnPropertySymbols(IteratorPrototype).map(String));
console.log(typeof [].values().map, typeof [].values().toArray);
console.log(typeof Array.fromAsync, typeof ArrayBuffer.prototype.transfer, typeof Promise.try);
// What Node 20 has stays.
console.log([3, 1, 2].toSorted().join(), [1, 2].at(-1), Object.hasOwn({ a: 1 }, 'a'), typeof structuredClone, 'ab'.isWellFormed());
const groups = {};
for (const n of [1, 2, 3]) (groups[n % 2 ? 'odd' : 'even'] ||= []).push(n);
console.log(groups);
