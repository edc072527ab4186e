// assert.CallTracker (deprecated in Node 20): calls, report, getCalls, reset, verify, and the DEP0173 warning.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const callsfoo = tracker.calls(foo, 2);
const noop = tracker.calls();
console.log(callsfoo(1, 2), callsfoo.name, callsfoo.length);
console.log(tracker.getCalls(callsfoo));
const report = tracker.report();
console.log(report.length, report.map((r) => [r.message, r.actual, r.expected, r.operator]));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message); }
callsfoo(3, 4);
noop();
tracker.verify();
console.log('verified');
tracker.reset(callsfoo);
console.log(tracker.getCalls(callsfoo).length);
try { tracker.calls(foo, -1); } catch (e) { console.log(e.name, e.code, e.message); }
try { tracker.getCalls(foo); } catch (e) { console.log(e.name, e.code, e.message); }
// assert.fail with two or more arguments: DEP0094, once.
for (const args of [['a', 'b'], ['x', 'y', 'custom'], ['only message']]) {
  try { assert.fail(...args); } catch (e) { console.log(e.code, e.message, e.operator, e.generatedMessage); }
}
