// V8 names the callee as written: `o.f is not a function`, `g is not a
// function`, `a[0] is not a function`, `f(...) is not a function`, and the
// `new` twin `X is not a constructor`.
const o = { a: {}, f: 1, s: 'str' };
const a = [1];
const s = 'f';
function make() { return undefined; }
class K { m() { return this.nope(); } }
const tests = [
  () => o.f(),
  () => o.g(),
  () => { let g; return g(); },
  () => o.a.b(),
  () => a[0](),
  () => o[s](),
  () => o['f'](),
  () => make()(),
  () => new K().m(),
  () => o.a(),
  () => o.s(),
  () => (() => 1)()(),
  () => o.f(...a),
  () => new o.a(),
  () => { const f = 5; return new f(); },
  () => new (make())(),
  () => { const arrow = () => 1; return new arrow(); },
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
