// fetch follows redirects (redirected, url); http.get does not.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/old') { res.writeHead(301, { Location: '/new' }); res.end(); }
  else res.end('arrived at ' + req.url);
});
server.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  const r = await fetch(base + '/old');
  console.log(r.status, r.redirected, r.url === base + '/new', await r.text());
  http.get(base + '/old', (res) => {
    console.log('http.get:', res.statusCode, res.headers.location);
    res.resume();
    res.on('end', () => server.close());
  });
});
