// Bindings in V8's words: reading a `let`/`const`/`class` in its temporal
// dead zone, assigning a `const`, and assigning an undeclared name in strict
// code (sloppy code creates a global instead).
const tests = [
  () => { x; let x = 1; },
  () => { const f = () => y; f(); let y = 2; },
  () => { new C(); class C {} },
  () => { z = 3; let z; },
  () => { const c = 1; c = 2; },
  () => { const c = 1; c += 2; },
  () => { const c = 1; c++; },
  () => { for (const i = 0; i < 2; i++) {} },
  () => { 'use strict'; undeclaredName = 1; },
  () => { sloppyGlobal = 1; return typeof sloppyGlobal; },
  () => notDeclaredAnywhere,
  () => typeof alsoNotDeclared,
  () => { 'use strict'; const g = function named() { named = 1; }; g(); },
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
try { lateLet; } catch (e) { console.log(`${e.name}: ${e.message}`); }
let lateLet = 1;
