// express.json(): only for JSON content types, strict mode, size limit (413).
const express = require('express');
const app = express();
app.use(express.json({ limit: 20 }));
app.post('/echo', (req, res) => res.json({ body: req.body ?? null, type: typeof req.body }));
app.use((err, req, res, next) => res.status(err.status).json({ type: err.type, status: err.status, expose: err.expose }));
const server = app.listen(0, async () => {
  const url = `http://localhost:${server.address().port}/echo`;
  const cases = [
    ['application/json', '{"a":1}'],
    ['text/plain', '{"a":1}'],
    ['application/json', '"just a string"'],
    ['application/json', JSON.stringify({ big: 'x'.repeat(50) })],
  ];
  for (const [type, body] of cases) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
    console.log(type, res.status, await res.text());
  }
  server.close();
});
