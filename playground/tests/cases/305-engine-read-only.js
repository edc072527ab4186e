'use strict';
// Failed assignments in strict code: `Cannot assign to read only property
// 'x' of object '#<Object>'`, `Cannot add property x, object is not
// extensible`, `Cannot set property x of #<Object> which has only a getter`.
class Point { constructor() { this.x = 1; } }
const tests = [
  () => { const o = Object.freeze({ x: 1 }); o.x = 2; },
  () => { const o = Object.preventExtensions({}); o.x = 2; },
  () => { const o = Object.seal({ x: 1 }); o.y = 2; },
  () => { const p = Object.freeze(new Point()); p.x = 2; },
  () => { const a = Object.freeze([1]); a[0] = 2; },
  () => { const o = Object.defineProperty({}, 'x', { value: 1 }); o.x = 2; },
  () => { const o = { get x() { return 1; } }; o.x = 2; },
  () => { const o = Object.freeze({}); o[Symbol('s')] = 1; },
  () => { const o = Object.freeze({ x: 1 }); o['x'] = 2; },
  () => { const sealed = Object.seal({ x: 1 }); sealed.x = 2; return sealed.x; },
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
