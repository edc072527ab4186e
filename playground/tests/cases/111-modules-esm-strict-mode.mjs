// ES modules are always strict: assigning an undeclared name throws, and
// top-level var declarations do not become globals.
try {
  undeclared = 1;
} catch (e) {
  console.log(e.name, '|', e.message);
}
var topVar = 1;
console.log('topVar on globalThis:', 'topVar' in globalThis);
console.log('this in plain function:', (function () { return this; })());
try {
  Object.defineProperty(Object.freeze({}), 'x', { value: 1 });
} catch (e) {
  console.log(e.name);
}
try {
  const frozen = Object.freeze({ a: 1 });
  frozen.a = 2;
} catch (e) {
  console.log('write to frozen:', e.name);
}
