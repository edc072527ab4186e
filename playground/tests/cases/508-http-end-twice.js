// res.end twice is ignored; write after end emits ERR_STREAM_WRITE_AFTER_END on res.
const http = require('http');
const server = http.createServer((req, res) => {
  res.on('finish', () => console.log('finish', res.writableEnded, res.writableFinished, res.finished));
  res.on('error', (e) => console.log('res error:', e.code, e.message));
  res.end('once');
  res.end('twice');
  res.end();
  console.log('write returned', res.write('more', (err) => console.log('write cb:', err && err.code)));
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => { console.log('body:', body); server.close(); });
  });
});
