// Duplicate request headers: joined, dropped or kept in an array, by name (raw HTTP over net).
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const h = req.headers;
  console.log('accept:', h.accept);
  console.log('cookie:', h.cookie);
  console.log('content-type:', h['content-type']);
  console.log('x-many:', h['x-many']);
  console.log('set-cookie:', h['set-cookie']);
  console.log('user-agent:', h['user-agent']);
  console.log('distinct:', req.headersDistinct['x-many']);
  console.log('raw count:', req.rawHeaders.length);
  res.end('done');
});
server.listen(0, () => {
  const sock = net.connect(server.address().port, 'localhost', () => {
    sock.write('GET /dup HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\naccept: application/json\r\n' +
      'Cookie: a=1\r\nCookie: b=2\r\nContent-Type: text/plain\r\nContent-Type: text/html\r\n' +
      'X-Many: 1\r\nX-Many: 2\r\nSet-Cookie: s=1\r\nSet-Cookie: s=2\r\nUser-Agent: one\r\nUser-Agent: two\r\n' +
      'Connection: close\r\n\r\n');
  });
  let text = '';
  sock.on('data', (d) => (text += d));
  sock.on('end', () => {
    console.log('status line:', text.split('\r\n')[0]);
    console.log('body:', text.slice(text.indexOf('\r\n\r\n') + 4));
    server.close();
  });
});
