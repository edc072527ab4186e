// A Duplex whose two sides are independent, and a PassThrough in paused
// mode read with 'readable' and read().
const { Duplex, PassThrough } = require('stream');
const echo = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    this.push(`echo:${chunk}`);
    cb();
  },
  final(cb) {
    this.push(null);
    cb();
  },
});
echo.on('data', (d) => console.log('duplex data', d.toString()));
echo.on('end', () => console.log('duplex end'));
echo.on('finish', () => console.log('duplex finish'));
echo.write('a');
echo.end('b');

const pt = new PassThrough();
pt.on('readable', () => {
  let chunk;
  while ((chunk = pt.read()) !== null) console.log('readable chunk', chunk.toString());
});
pt.on('end', () => console.log('passthrough end'));
pt.write('x');
pt.write('y');
pt.end();
console.log('sync end');
