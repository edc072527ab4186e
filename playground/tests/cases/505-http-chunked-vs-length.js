// res.end(data) alone sends Content-Length; res.write first makes it chunked (raw bytes over net).
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/length') res.end('abcdef');
  else if (req.url === '/chunked') { res.write('abc'); res.write(''); res.end('def'); }
  else { res.writeHead(204); res.end(); }
});
function raw(port, path) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let text = '';
    s.on('data', (d) => (text += d));
    s.on('end', () => resolve(text));
    s.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}
server.listen(0, async () => {
  const port = server.address().port;
  for (const p of ['/length', '/chunked', '/empty']) {
    const text = await raw(port, p);
    const lines = text.split('\r\n').filter((l) => !l.startsWith('Date:'));
    console.log(p, JSON.stringify(lines.join('|')));
  }
  server.close();
});
