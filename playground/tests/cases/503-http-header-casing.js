// Header names: case-insensitive on the way in, kept as written on the wire.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-Custom-Header', 'one');
  res.setHeader('x-custom-header', 'two');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Number', 42);
  console.log('getHeader:', res.getHeader('X-CUSTOM-HEADER'), res.getHeader('x-number'));
  console.log('names:', res.getHeaderNames());
  console.log('headers:', res.getHeaders());
  console.log('has:', res.hasHeader('SET-COOKIE'), res.hasHeader('nope'));
  res.removeHeader('X-Number');
  console.log('after remove:', res.getHeaderNames(), res.headersSent);
  res.end('ok');
  console.log('after end:', res.headersSent);
});
server.listen(0, () => {
  http.get({ port: server.address().port, headers: { 'X-Request-ID': 'abc' } }, (res) => {
    console.log('raw names:', res.rawHeaders.filter((_, i) => i % 2 === 0));
    console.log('custom:', res.headers['x-custom-header'], res.headers['set-cookie']);
    res.resume();
    res.on('end', () => server.close());
  });
});
