// Map and Set formatting, nested and empty, plus their iterators and
// entries, and keys that are objects.
const m = new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, new Set(['x'])]]);
console.log(m);
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Map(), new Set());
console.log({ nested: new Map([['inner', new Map([['deep', new Map([['deeper', 1]])]])]]) });
console.log(m.keys());
console.log(new Set([5, 6]).values());
console.log(new Map([[1, 'one']]).entries());
console.log(new Set(Array.from({ length: 8 }, (_, i) => i * 100)));
console.log([new WeakMap(), new WeakSet()]);
