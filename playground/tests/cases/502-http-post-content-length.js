// A request body with Content-Length set: no chunked framing.
const http = require('http');
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (c) => (n += c.length));
  req.on('end', () => {
    console.log(req.method, req.headers['content-length'], req.headers['transfer-encoding'], n);
    res.end();
  });
});
server.listen(0, () => {
  const body = JSON.stringify({ name: 'crib', tags: ['a', 'b'] });
  const req = http.request({ port: server.address().port, method: 'PUT', path: '/x',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
    console.log('status', res.statusCode, 'length', res.headers['content-length']);
    res.resume();
    res.on('end', () => server.close());
  });
  req.end(body);
});
