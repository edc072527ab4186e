// Status codes: sendStatus, status().end(), 204 without a body, HEAD requests.
const express = require('express');
const app = express();
app.get('/teapot', (req, res) => res.sendStatus(418));
app.delete('/item', (req, res) => res.status(204).send('ignored body'));
app.get('/created', (req, res) => res.status(201).end());
app.get('/page', (req, res) => res.send('<p>page</p>'));
const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const [method, path] of [['GET', '/teapot'], ['DELETE', '/item'], ['GET', '/created'], ['HEAD', '/page'], ['GET', '/page']]) {
    const res = await fetch(base + path, { method });
    const body = await res.text();
    console.log(method, path, res.status, res.statusText, JSON.stringify(body), res.headers.get('content-length'));
  }
  server.close();
});
