// Inside an I/O callback (poll phase) setImmediate always runs before
// setTimeout(0): the check phase comes right after poll.
const fs = require('fs');
fs.stat('.', (err, st) => {
  console.log('stat callback, is directory:', st.isDirectory());
  setTimeout(() => {
    console.log('timeout 0');
    fs.writeFile('x.txt', 'hi', () => {
      fs.readFile('x.txt', 'utf8', (e, data) => {
        console.log('read back:', data);
        setTimeout(() => console.log('timeout 0 (second)'), 0);
        setImmediate(() => console.log('immediate (second)'));
      });
    });
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
