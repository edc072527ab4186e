// POST with a body written in pieces: chunked on the wire, read back as a stream.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  console.log('te:', req.headers['transfer-encoding'], 'cl:', req.headers['content-length']);
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log('server got:', body, req.complete);
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ received: body.length }));
  });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', path: '/items' }, (res) => {
    console.log('status:', res.statusCode, res.statusMessage);
    let data = '';
    res.on('data', (c) => (data += c));
    res.on('end', () => {
      console.log('json:', JSON.parse(data));
      server.close();
    });
  });
  req.write('first,');
  req.write('second,');
  req.end('third');
});
