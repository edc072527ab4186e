// setInterval reschedules itself until cleared; clearInterval from inside the
// callback stops it at once. Extra arguments are passed to each call.
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('interval', n, a, b);
  process.nextTick(() => console.log('  tick after interval', n));
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared after', n);
    setTimeout(() => console.log('one more timeout after clearing; n =', n), 30);
  }
}, 5, 'x', 'y');
