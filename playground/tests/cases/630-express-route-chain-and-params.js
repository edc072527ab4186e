// app.route() chains, app.param() preprocessing, and regex/optional params.
const express = require('express');
const app = express();
app.param('id', (req, res, next, id) => {
  console.log('param id', id);
  req.item = { id: Number(id) };
  next();
});
app.route('/items/:id')
  .get((req, res) => res.json(req.item))
  .put((req, res) => res.json({ updated: req.item.id }));
app.get('/files/:name.:ext?', (req, res) => res.json(req.params));
const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const [method, path] of [['GET', '/items/5'], ['PUT', '/items/6'], ['POST', '/items/7'], ['GET', '/files/report.pdf'], ['GET', '/files/notes']]) {
    const res = await fetch(base + path, { method });
    console.log(method, path, res.status, (await res.text()).slice(0, 60));
  }
  server.close();
});
