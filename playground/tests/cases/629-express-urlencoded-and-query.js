// express.urlencoded() for form posts, req.query with arrays and nested keys.
const express = require('express');
const app = express();
app.use(express.urlencoded({ extended: true }));
app.post('/form', (req, res) => res.json({ body: req.body, query: req.query }));
const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/form?sort=asc&filter[name]=ada&ids=1&ids=2`, {
    method: 'POST',
    body: new URLSearchParams({ user: 'grace', 'tags[]': 'x', age: '36' }),
  });
  console.log(res.status, await res.json());
  server.close();
});
