// -0, bigint, symbols, Date, RegExp, invalid Date, boxed primitives, and
// errors without a stack trace (a stack would print file paths).
console.log(-0, [-0], 0, 123n, [123n], -5n);
console.log(new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 678)));
console.log([new Date(0)], { when: new Date(86400000) });
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/y], new RegExp('a/b'));
console.log(new Number(3), new String('boxed'), new Boolean(false), Object(1n), Object(Symbol('s')));
Error.stackTraceLimit = 0;
const cause = new TypeError('root cause');
const err = new Error('outer failure', { cause });
console.log(err);
console.log({ error: new RangeError('in an object') });
const withProp = new Error('with props');
withProp.code = 'E_CODE';
withProp.details = { id: 7 };
console.log(withProp);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(new MyError('custom'));
console.log(String(err), `${cause}`);
