// Calling a class without `new`, and destructuring undefined or null:
// `Class constructor A cannot be invoked without 'new'`,
// `Cannot destructure property 'a' of 'undefined' as it is undefined.`
// A rest element after a nested pattern leaves the nested key out.
class A {}
class Named { constructor() { this.v = 1; } }
const Anon = class {};
const tests = [
  () => A(),
  () => Named(),
  () => Anon(),
  () => A.call({}),
  () => { const { a } = undefined; return a; },
  () => { const { a, b } = null; return a + b; },
  () => { const {} = null; },
  () => { let a; ({ a } = undefined); return a; },
  () => { function f({ x }) { return x; } return f(); },
  () => { const { a: { b } } = { a: null }; return b; },
  () => { const { a = 1, b: { c = 2 } = {}, ...rest } = { b: { c: undefined }, d: 4 }; return JSON.stringify([a, c, rest]); },
  () => { const k = 'b'; const { [k]: [x], ...rest } = { b: [1], d: 4 }; return JSON.stringify([x, rest]); },
  () => { let c, rest; ({ b: { c }, ...rest } = { b: { c: 3 }, e: 5 }); return JSON.stringify([c, rest]); },
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
