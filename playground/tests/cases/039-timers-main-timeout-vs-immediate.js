// NONDETERMINISTIC in real Node: setTimeout(0) vs setImmediate from the main
// module. The timer is due only once 1 ms has passed since it was created;
// whether that is true when the first loop iteration checks timers depends on
// how fast the process starts, so either line can come first.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
