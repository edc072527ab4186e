// NONDETERMINISTIC in real Node: a timer starts at libuv's millisecond clock
// as setTimeout reads it; two timers with the same delay created one after
// the other usually share that millisecond and fire in one timers phase
// (A, B, then the immediate A scheduled), but when the clock ticks between
// the two calls, A's immediate runs before B.
setTimeout(() => {
  console.log('timeout A');
  setImmediate(() => console.log('immediate from A'));
}, 5);
setTimeout(() => console.log('timeout B'), 5);
