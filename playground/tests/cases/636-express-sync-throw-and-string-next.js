// A synchronous throw becomes next(err); next('router') leaves a router early.
const express = require('express');
const app = express();
const admin = express.Router();
admin.use((req, res, next) => {
  console.log('admin gate');
  if (!req.query.admin) return next('router');
  next();
});
admin.get('/panel', (req, res) => res.send('admin panel'));
app.use('/', admin);
app.get('/panel', (req, res) => res.send('public panel'));
app.get('/throw', () => {
  throw new TypeError('bad input');
});
app.use((err, req, res, next) => res.status(400).send(`${err.name}: ${err.message}`));
const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const p of ['/panel?admin=1', '/panel', '/throw']) {
    const res = await fetch(base + p);
    console.log(p, res.status, await res.text());
  }
  server.close();
});
