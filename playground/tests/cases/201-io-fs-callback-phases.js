// Callback fs completes in the poll phase of a later loop iteration.
// Inside an I/O callback: ticks, then promises, then the check phase
// (setImmediate), and the next I/O completes in a later iteration.
const fs = require('fs');
fs.writeFileSync('in.txt', 'hello');
console.log('1. sync start');
fs.stat('in.txt', (err, st) => {
  console.log('4. stat callback, size', st.size);
  setImmediate(() => console.log('7. immediate from stat'));
  process.nextTick(() => console.log('5. tick from stat'));
  Promise.resolve().then(() => console.log('6. promise from stat'));
  fs.access('in.txt', (err2) => {
    console.log('8. access callback, error:', err2);
  });
});
process.nextTick(() => console.log('3. main tick'));
console.log('2. sync end');
