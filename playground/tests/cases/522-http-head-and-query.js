// HEAD gets headers but no body; query strings arrive untouched in req.url.
const http = require('http');
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  console.log(req.method, url.pathname, Object.fromEntries(url.searchParams));
  res.setHeader('Content-Type', 'text/plain');
  res.end('body text');
});
server.listen(0, () => {
  const port = server.address().port;
  const req = http.request({ port, method: 'HEAD', path: '/search?q=node&page=2' }, (res) => {
    console.log('HEAD status', res.statusCode, res.headers['content-length']);
    let n = 0;
    res.on('data', (c) => (n += c.length));
    res.on('end', () => {
      console.log('HEAD body bytes', n);
      http.get({ port, path: '/a%20b?x=%C3%A9' }, (res2) => {
        res2.setEncoding('utf8');
        res2.on('data', (d) => console.log('GET body', d));
        res2.on('end', () => server.close());
      });
    });
  });
  req.end();
});
