const express = require('express');
const app = express();
app.use(express.json());

app.post('/users/:id/notes', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.status(201).json({
    params: req.params,
    query: req.query,
    body: req.body,
    type: req.get('content-type'),
  });
});
app.get('/old', (req, res) => res.redirect(301, '/new'));

const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  const res = await fetch(`${base}/users/7/notes?page=2&tag=a&tag=b`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'hi' }),
  });
  console.log(res.status, res.headers.get('cache-control'), res.headers.get('content-type'));
  console.log(await res.json());
  const old = await fetch(`${base}/old`, { redirect: 'manual' });
  console.log(old.status, old.headers.get('location'));
  server.close();
});
