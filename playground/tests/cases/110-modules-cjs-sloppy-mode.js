// CommonJS code is sloppy mode unless it says 'use strict': assigning an
// undeclared name creates a global, and `this` in a plain call is globalThis.
undeclared = 'became a global';
console.log('globalThis.undeclared:', globalThis.undeclared);
console.log('this in plain function is globalThis:', (function () { return this; })() === globalThis);
console.log('strict function this:', (function () { 'use strict'; return this; })());
console.log('var at top level is not a global:', (() => { var x = 1; return 'x' in globalThis; })());
var topVar = 1;
console.log('module-level var on globalThis:', 'topVar' in globalThis);
console.log('typeof global, globalThis === global:', typeof global, globalThis === global);
