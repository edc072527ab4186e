// for await over process.stdin and over a file stream; toArray(); a
// failing _write: the write callback first, then 'error'.
(async () => {
  let all = '';
  for await (const chunk of process.stdin) all += chunk;
  console.log('stdin had', JSON.stringify(all));
  const fs = require('fs');
  fs.writeFileSync('f.txt', 'x'.repeat(70000));
  let n = 0, size = 0;
  for await (const c of fs.createReadStream('f.txt')) { n++; size += c.length; }
  console.log(n, size);
  const { Readable, Writable } = require('stream');
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push({ b: 2 }); r.push(null);
  console.log(await r.toArray());
  const w = new Writable({ write(c, e, cb) { cb(new Error('disk full')) } });
  w.on('error', (e) => console.log('writable error', e.message));
  w.write('x', (err) => console.log('write cb', err.message));
})();
