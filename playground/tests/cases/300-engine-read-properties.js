// V8's message for reading or writing a property of undefined or null:
// `Cannot read properties of undefined (reading 'b')`, with the key as V8
// prints it (names, indices, computed keys, symbols), and the `setting` twin.
const o = { a: null };
const key = 'k';
const sym = Symbol('tag');
const tests = [
  () => { const x = {}; return x.a.b; },
  () => o.a.b,
  () => null.x,
  () => undefined[0],
  () => o.missing[key],
  () => o.a[sym],
  () => o.missing.length,
  () => { const arr = [1]; return arr[5].name; },
  () => { let u; u.x = 1; },
  () => { const n = null; n[0] = 1; },
  () => { const u = undefined; u[key] = 1; },
  () => { function f(p) { return p.q.r; } return f({}); },
  () => Object.keys(undefined),
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.constructor.name} ${e instanceof TypeError}: ${e.message}`); }
}
