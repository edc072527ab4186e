// Timers with the same delay run in creation order; a shorter list runs
// first. A 10 ms timer created inside a 10 ms timer runs in a later pass.
const t0 = Date.now();
for (const [name, ms] of [['A', 10], ['B', 60], ['C', 10], ['D', 60], ['E', 10], ['F', 60]]) {
  setTimeout(() => {
    console.log(name, ms);
    if (name === 'A') setTimeout(() => console.log('G (created by A, 10 ms later)'), 10);
  }, ms);
}
setTimeout(() => console.log('elapsed at least 60 ms:', Date.now() - t0 >= 60), 100);
