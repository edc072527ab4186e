// assert failures throw AssertionError with code ERR_ASSERTION; only the
// first line of each message is printed.
const assert = require('assert');
const first = (e) => e.message.split('\n')[0];
const attempts = {
  strictEqual: () => assert.strictEqual(1, '1'),
  'strictEqual with message': () => assert.strictEqual(1, 2, 'custom message'),
  deepStrictEqual: () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }),
  ok: () => assert.ok(0),
  equal: () => assert.equal(1, 2),
  notStrictEqual: () => assert.notStrictEqual(5, 5),
  throws: () => assert.throws(() => {}),
  'throws with Error as message': () => assert(false, new TypeError('thrown as is')),
  fail: () => assert.fail('explicit fail'),
  match: () => assert.match('abc', /x/),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'passed?!');
  } catch (e) {
    console.log(`${name}: ${e.name} ${e.code} generated=${e.generatedMessage} | ${first(e)}`);
  }
}
assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]));
assert.throws(() => { throw new RangeError('r'); }, RangeError);
assert.throws(() => { throw new Error('msg'); }, { message: 'msg' });
assert.rejects(Promise.reject(new Error('async'))).then(() => console.log('rejects ok'));
console.log('passing assertions printed nothing');
