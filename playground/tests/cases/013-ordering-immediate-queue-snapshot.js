// Immediates queued while the check phase runs wait for the next loop
// iteration, after the ticks and microtasks of the current one.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A');
    setImmediate(() => console.log('immediate C (queued during check)'));
    process.nextTick(() => console.log('tick after A'));
  });
  setImmediate(() => console.log('immediate B'));
}, 1);
