// fetch: status, ok, headers (sorted, lower-case), text and json bodies.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/json') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Powered-By', 'crib');
    res.end(JSON.stringify({ ok: true, items: [1, 2, 3] }));
  } else {
    res.statusCode = 404;
    res.end('not here');
  }
});
server.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  const r1 = await fetch(base + '/json');
  console.log(r1.status, r1.ok, r1.statusText, r1.redirected, r1.type, r1.url === base + '/json');
  console.log([...r1.headers.keys()]);
  console.log(r1.headers.get('CONTENT-TYPE'), r1.bodyUsed);
  console.log(await r1.json(), r1.bodyUsed);
  try { await r1.text(); } catch (e) { console.log(e.name + ': ' + e.message); }
  const r2 = await fetch(base + '/missing');
  console.log(r2.status, r2.ok, r2.statusText, await r2.text());
  server.close();
});
