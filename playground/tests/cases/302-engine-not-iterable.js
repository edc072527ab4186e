// `x is not iterable` names the iterated expression in for-of and spreads;
// built-ins given a non-iterable say `number 5 is not iterable (cannot read
// property Symbol(Symbol.iterator))`.
const o = { n: 1 };
const x = {};
const tests = [
  () => { for (const v of 5) {} },
  () => { for (const v of o.n) {} },
  () => [...x],
  () => [...o],
  () => { const [first] = 5; return first; },
  () => { const [first] = null; return first; },
  () => { const [first] = undefined; return first; },
  () => new Set(5),
  () => new Map(true),
  () => new Set({}),
  () => Array.from(o).length,
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
Promise.all(5).catch((e) => console.log(`${e.name}: ${e.message}`));
