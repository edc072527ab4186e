const express = require('express');
const app = express();

// Router-level middleware and a router-specific error handler.
const api = express.Router();

api.use((req, res, next) => {
  if (req.get('authorization') !== 'Bearer secret') {
    const err = new Error('unauthorized');
    err.status = 401;
    return next(err); // skip straight to the error handlers
  }
  next();
});

api.get('/me', (req, res) => res.json({ name: 'Ada' }));
api.get('/crash', (req, res) => {
  throw new Error('database down');
});

api.use((err, req, res, next) => {
  if (err.status === 401) return res.status(401).json({ error: 'log in first' });
  next(err); // not ours: pass to the app-level handler
});

app.use('/api', api);

app.use((err, req, res, next) => {
  res.status(500).json({ error: `app handler: ${err.message}` });
});

const server = app.listen(0, async () => {
  const url = `http://localhost:${server.address().port}/api`;
  for (const [path, token] of [['/me', 'secret'], ['/me', 'wrong'], ['/crash', 'secret']]) {
    const res = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
    console.log(path, token, '->', res.status, await res.text());
  }
  server.close();
});
