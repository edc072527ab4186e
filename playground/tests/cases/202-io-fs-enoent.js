// Errors from a missing file: the same shape in every API flavour.
const fs = require('fs');
try {
  fs.readFileSync('missing.txt', 'utf8');
} catch (err) {
  console.log('sync:', err.message);
  console.log('code', err.code, 'errno', err.errno, 'syscall', err.syscall, 'path', err.path);
}
fs.readFile('missing.txt', 'utf8', (err, data) => {
  console.log('callback:', err.message, '| data:', data);
  console.log(Object.keys(err));
  fs.promises.readFile('missing.txt').catch((e) => {
    console.log('promise:', e.code, e.message);
    console.log('stat missing:', fs.statSync('missing.txt', { throwIfNoEntry: false }));
  });
});
fs.readdir('no-such-dir', (err) => console.log('readdir:', err.code, err.syscall));
