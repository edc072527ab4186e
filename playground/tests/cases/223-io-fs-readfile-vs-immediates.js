// readFile needs several round trips (open, stat, read, close); an
// immediate scheduled from inside an fs callback runs before the next one.
const fs = require('fs');
fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'B');
fs.readFile('a.txt', 'utf8', (err, a) => {
  console.log('read', a);
  setImmediate(() => console.log('immediate from a'));
  fs.readFile('b.txt', 'utf8', (err2, b) => {
    console.log('read', b);
    process.nextTick(() => console.log('tick from b'));
    setImmediate(() => console.log('immediate from b'));
    Promise.resolve().then(() => console.log('promise from b'));
  });
});
