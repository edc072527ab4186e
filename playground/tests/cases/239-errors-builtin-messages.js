// Errors thrown by builtins, in V8's words: JSON.stringify on a circular
// structure or a BigInt, reduce on an empty array, repeat, Array lengths,
// malformed URIs, toString radix.
const a = {}; a.b = { c: { d: { e: { f: a } } } };
class Foo { constructor() { this.me = this } }
const n = Object.create(null); n.x = n;
const arr = []; arr.push({ k: [arr] });
const o = { a: 1 }; o.self = o;
const tests = [
  () => JSON.stringify(o), () => JSON.stringify(a), () => JSON.stringify([new Foo()]), () => JSON.stringify(n),
  () => JSON.stringify({ root: arr }), () => JSON.stringify({ toJSON() { return 1n } }), () => JSON.stringify({ v: 2n }),
  () => JSON.stringify(o, ['a', 'self']), () => JSON.stringify({ a: 1, b: [1, 2] }, null, 2),
  () => [].reduce((x, y) => x), () => [].reduceRight((x, y) => x), () => [1, 2].reduce((x, y) => x + y),
  () => 'a'.repeat(-1.5), () => 'a'.repeat('-2'), () => 'a'.repeat(Infinity), () => 'ab'.repeat(2),
  () => new Array(-1), () => Array(1.5), () => new Array(NaN), () => Array(3).length, () => Array('3'),
  () => decodeURIComponent('%'), () => encodeURIComponent('\uD800'), () => decodeURI('%E0%A4%A'), () => encodeURI('a b'),
  () => (255).toString(37), () => (255).toString(16),
];
for (const t of tests) { try { console.log(t()); } catch (e) { console.log(e.name + ': ' + e.message); } }
console.log([].reduce.length, String([].reduce), JSON.stringify.name, decodeURI.length);
