// A slow handler (setTimeout in the server) against client-side timers.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  setTimeout(() => res.end('slow done'), 100);
});
server.listen(0, () => {
  const start = Date.now();
  http.get({ port: server.address().port, path: '/slow' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data:', d, Date.now() - start >= 100));
    res.on('end', () => server.close());
  });
  setTimeout(() => console.log('client timer 30'), 30);
  setTimeout(() => console.log('client timer 300'), 300);
});
