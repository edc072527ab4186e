// fs.readv/writev (sync and callback) and their argument errors;
// fs.truncate with a file descriptor (DEP0081).
const fs = require('fs');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code));
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };

const fd = fs.openSync('v.txt', 'w+');
console.log(fs.writevSync(fd, [Buffer.from('hello '), Buffer.from('world'), new Uint8Array([33])]));
console.log(fs.writevSync(fd, []));
console.log(fs.readFileSync('v.txt', 'utf8'));
const a = Buffer.alloc(4), b = Buffer.alloc(20);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('utf8', 0, 8));
show(() => fs.writevSync(fd, 'x'));
show(() => fs.writevSync(fd, [{}]));
show(() => fs.readvSync('1', []));
show(() => fs.readvSync(-1, []));
show(() => fs.writev(fd, [Buffer.from('x')]));
fs.writev(fd, [Buffer.from('AB'), Buffer.from('CD')], 0, (err, n, bufs) => {
  console.log('writev', err, n, bufs.length);
  const x = Buffer.alloc(3), y = Buffer.alloc(3);
  fs.readv(fd, [x, y], 1, (err, n, bufs) => {
    console.log('readv', err, n, x.toString(), y.toString(), bufs[0] === x);
    fs.truncate(fd, 4, (err) => {
      console.log('truncate fd', err, fs.readFileSync('v.txt', 'utf8'));
      fs.truncateSync(fd, 2);
      console.log(fs.readFileSync('v.txt', 'utf8'));
      fs.closeSync(fd);
    });
  });
});
fs.writev(fd, [], (err, n) => console.log('empty writev', err, n));
