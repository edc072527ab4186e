// timeout.refresh() restarts the countdown with the same delay and callback,
// returns the same object, and can revive a timer that already fired.
const t0 = Date.now();
const t = setTimeout(() => {
  console.log('t fires, waited at least 150 ms:', Date.now() - t0 >= 150);
}, 100);
setTimeout(() => {
  console.log('refresh returns same object:', t.refresh() === t);
}, 50);
setTimeout(() => console.log('marker at 120 ms (before t)'), 120);
let fired = 0;
const again = setTimeout(() => {
  fired++;
  console.log('again fired', fired);
  if (fired === 1) again.refresh();
}, 200);
