// The timers module exports the same functions as the globals; the Timeout
// and Immediate classes are not globals.
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate, timers.clearInterval === clearInterval);
console.log(typeof globalThis.Timeout, typeof globalThis.Immediate);
console.log(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'structuredClone', 'clearImmediate']
  .map((n) => `${n}:${typeof globalThis[n]}`).join(' '));
console.log('promisified:', typeof require('timers').promises.setTimeout, require('timers').promises === require('timers/promises'));
