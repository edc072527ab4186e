// Error.captureStackTrace (with and without constructorOpt) and V8's
// structured stack traces: Error.prepareStackTrace receives CallSite objects
// (how depd finds who called a deprecated function).
const clean = (s) => String(s).split(__filename).join('FILE');
function f() { const o = {}; Error.captureStackTrace(o); return o.stack; }
console.log(clean(f().split('\n').slice(0, 3).join('\n')));
function MyErr() { Error.captureStackTrace(this, MyErr); }
function g() { return new MyErr().stack; }
console.log(clean(g().split('\n').slice(0, 3).join('\n')));
Error.prepareStackTrace = (e, sites) => sites.map((s) => [clean(s.getFileName()), s.getLineNumber(), s.getColumnNumber(), s.getFunctionName(), s.isNative(), clean(s)].join(' | '));
console.log(f().slice(0, 3));
function h() { return new Error('x').stack; }
console.log(h().slice(0, 2));
Error.prepareStackTrace = undefined;
console.log(clean(h().split('\n').slice(0, 2).join('\n')));
