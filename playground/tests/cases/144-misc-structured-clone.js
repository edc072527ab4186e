// structuredClone copies Maps, Sets, Dates, RegExps, typed arrays, errors
// and cycles; functions and symbols throw a DataCloneError.
const src = { when: new Date(0), map: new Map([['k', { v: 1 }]]), set: new Set([1, 2]), re: /x/gi, bytes: new Uint8Array([1, 2]), big: 10n };
src.self = src;
const copy = structuredClone(src);
console.log(copy);
console.log('distinct:', copy !== src, copy.map !== src.map, 'cycle kept:', copy.self === copy);
console.log('Date is a Date:', copy.when instanceof Date, copy.when.getTime());
class Custom { constructor() { this.x = 1; } method() {} }
const c = structuredClone(new Custom());
console.log('class instance becomes plain:', c, c.constructor === Object);
const e = structuredClone(new RangeError('cloned error'));
console.log('error:', e.name, e.message, e instanceof RangeError);
for (const bad of [() => {}, { f() {} }, Symbol('s')]) {
  try {
    structuredClone(bad);
  } catch (err) {
    console.log(err.name, err.constructor.name, err.code, '|', err.message);
  }
}
console.log(structuredClone(undefined), structuredClone(null), structuredClone('s'), structuredClone([1, , 3]));
