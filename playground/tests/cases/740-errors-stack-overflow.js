// Too deep a recursion throws a catchable RangeError, as V8's "Maximum call
// stack size exceeded": `finally` runs, the program goes on, a recursion
// through accessors or built-in callbacks is caught too, and the depth
// reached is in the thousands (V8 reaches about 10,000 for a small function).
let depth = 0;
function down() { depth++; down(); }
let finallyRan = false;
try {
  try { down(); } finally { finallyRan = true; }
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log('finally ran:', finallyRan, 'depth over 5000:', depth > 5000);

const o = { get deep() { return this.deep; } };
try { o.deep; } catch (e) { console.log('getter:', e instanceof RangeError, e.message); }

function viaMap(n) { return [n].map(viaMap); }
try { viaMap(0); } catch (e) { console.log('map:', e instanceof RangeError, e.message); }

// After the overflow, ordinary calls work again.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(3000));
