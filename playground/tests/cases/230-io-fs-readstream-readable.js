// Paused mode on a file stream: 'readable' and read(n) pull exact sizes;
// the short tail comes out only once the file has ended.
const fs = require('fs');
fs.writeFileSync('t.txt', 'hello world, this is a test');
const rs = fs.createReadStream('t.txt', { highWaterMark: 8 });
rs.on('readable', () => {
  let c;
  while ((c = rs.read(5)) !== null) console.log('read5', JSON.stringify(c.toString()));
});
rs.on('end', () => console.log('end'));
rs.on('close', () => console.log('close'));
