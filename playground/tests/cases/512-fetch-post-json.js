// fetch POST with a JSON body; the server sees undici's request headers.
const http = require('http');
const server = http.createServer((req, res) => {
  const names = req.rawHeaders.filter((_, i) => i % 2 === 0);
  console.log(req.method, req.url, names);
  console.log('content-type:', req.headers['content-type'], 'ua:', req.headers['user-agent']);
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const data = req.url === "/users" ? JSON.parse(body) : { form: body };
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: 7, ...data }));
  });
});
server.listen(0, async () => {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/users`, {
    method: 'post',
    headers: { 'Content-Type': 'application/json', 'X-Trace': 't1' },
    body: JSON.stringify({ name: 'Ada' }),
  });
  console.log(res.status, res.statusText, await res.json());
  const form = await fetch(`http://127.0.0.1:${server.address().port}/form`, {
    method: 'PUT', body: new URLSearchParams({ q: '{"a":1}' }),
  }).catch((e) => e);
  console.log(form.status);
  server.close();
});
