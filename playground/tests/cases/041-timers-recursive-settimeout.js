// A setTimeout that re-arms itself runs once per loop iteration; an
// immediate queued each time runs between the timer callbacks.
let n = 0;
function step() {
  n++;
  console.log('timeout', n);
  setImmediate(() => console.log('  immediate after timeout', n));
  process.nextTick(() => console.log('  tick after timeout', n));
  if (n < 4) setTimeout(step, 0);
}
setTimeout(step, 0);
