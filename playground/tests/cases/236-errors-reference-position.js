// A failed lookup of an undeclared name: V8 reports the position of the
// name itself (Boa reports the start of the function; the runtime finds
// the name). Comments, strings and property names with the same text are
// not the culprit.
function inner() {
  // missingInner is mentioned in this comment first
  const label = 'missingInner';
  const obj = { missingInner: 1 };
  return label + obj.missingInner + missingInner;
}
const where = (e) => e.stack.split('\n')[1].replace(__filename, 'FILE');
try {
  inner();
} catch (e) {
  console.log(e.message, '|', where(e));
}
try {
  const n = 2 / 1; /* missingTop */ missingTop.x = n;
} catch (e) {
  console.log(e.message, '|', where(e));
}
console.error('fatal: an uncaught ReferenceError comes next');
// The fatal report's header names the line of the name, not line 1.
const ready = true;
if (ready) notDefinedAnywhere();
